/**
 * Edition "2021": 国办公开办函〔2021〕30号, the revised format, for report years 2021 on.
 */
import {
  activeDisclosureTable,
  applicationRowsHead,
  applicationRowsTail,
  applicationsTable,
  countColumn,
  otherHandlingSplitRows,
  otherMattersTopics,
  reviewAndLitigationTable,
  rowDefinition,
  sections,
} from "./common.js";
import type { EditionDefinition } from "./types.js";

const decisions = countColumn("decisions", "本年处理决定数量");

export const edition2021: EditionDefinition = {
  id: "2021",
  reportYears: { from: 2021, to: null },
  notice: {
    docNo: "国办公开办函〔2021〕30号",
    title:
      "国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知",
    formatTitle: "中华人民共和国政府信息公开工作年度报告格式",
  },
  sections: sections({
    activeDisclosureTables: [
      "regulationsAndNormativeDocuments",
      "licensing",
      "penaltyAndCoercion",
      "administrativeFees",
    ],
    otherMattersTopics,
  }),
  tables: [
    activeDisclosureTable(
      "regulationsAndNormativeDocuments",
      "一",
      [
        countColumn("issued", "本年制发件数"),
        countColumn("repealed", "本年废止件数"),
        countColumn("inForce", "现行有效件数"),
      ],
      [
        rowDefinition("regulations", "规章"),
        rowDefinition("normativeDocuments", "行政规范性文件"),
      ],
    ),
    activeDisclosureTable("licensing", "五", [decisions], [
      rowDefinition("administrativeLicensing", "行政许可"),
    ]),
    activeDisclosureTable("penaltyAndCoercion", "六", [decisions], [
      rowDefinition("administrativePenalty", "行政处罚"),
      rowDefinition("administrativeCoercion", "行政强制"),
    ]),
    activeDisclosureTable(
      "administrativeFees",
      "八",
      [
        {
          id: "amount",
          label: "本年收费金额（单位：万元）",
          kind: "amount",
          unit: "万元",
          unitPrinted: true,
          groupPath: [],
        },
      ],
      [rowDefinition("administrativeFees", "行政事业性收费")],
    ),
    applicationsTable([...applicationRowsHead, ...otherHandlingSplitRows, ...applicationRowsTail]),
    reviewAndLitigationTable,
  ],
};
