/**
 * Edition "2019": 国办公开办函〔2019〕60号, the trial format, for report years 2019 and 2020.
 */
import {
  activeDisclosureTable,
  applicationRowsHead,
  applicationRowsTail,
  applicationsTable,
  countColumn,
  otherHandlingSingleRow,
  reviewAndLitigationTable,
  rowDefinition,
  sections,
} from "./common.js";
import type { ColumnDefinition, EditionDefinition } from "./types.js";

const changeThisYear: ColumnDefinition = {
  id: "changeThisYear",
  label: "本年增/减",
  kind: "signedCount",
  unit: "项",
  unitPrinted: false,
  groupPath: [],
};

const itemColumns: readonly ColumnDefinition[] = [
  countColumn("previousYearItems", "上一年项目数量", [], "项"),
  changeThisYear,
  countColumn("decisions", "处理决定数量"),
];

export const edition2019: EditionDefinition = {
  id: "2019",
  reportYears: { from: 2019, to: 2020 },
  notice: {
    docNo: "国办公开办函〔2019〕60号",
    title: "国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知",
    formatTitle: "中华人民共和国政府信息公开工作年度报告格式（试行）",
  },
  sections: sections({
    activeDisclosureTables: [
      "regulationsAndNormativeDocuments",
      "licensing",
      "penaltyAndCoercion",
      "administrativeFees",
      "centralizedProcurement",
    ],
    otherMattersTopics: [],
  }),
  tables: [
    activeDisclosureTable(
      "regulationsAndNormativeDocuments",
      "一",
      [
        countColumn("newlyMade", "本年新制作数量"),
        countColumn("newlyPublished", "本年新公开数量"),
        countColumn("totalPublished", "对外公开总数量"),
      ],
      [rowDefinition("regulations", "规章"), rowDefinition("normativeDocuments", "规范性文件")],
    ),
    activeDisclosureTable("licensing", "五", itemColumns, [
      rowDefinition("administrativeLicensing", "行政许可"),
      rowDefinition("otherExternalServices", "其他对外管理服务事项"),
    ]),
    activeDisclosureTable("penaltyAndCoercion", "六", itemColumns, [
      rowDefinition("administrativePenalty", "行政处罚"),
      rowDefinition("administrativeCoercion", "行政强制"),
    ]),
    activeDisclosureTable(
      "administrativeFees",
      "八",
      [countColumn("previousYearItems", "上一年项目数量", [], "项"), changeThisYear],
      [rowDefinition("administrativeFees", "行政事业性收费")],
    ),
    activeDisclosureTable(
      "centralizedProcurement",
      "九",
      [
        countColumn("projects", "采购项目数量", [], "项"),
        {
          id: "totalAmount",
          label: "采购总金额",
          kind: "amount",
          unit: null,
          unitPrinted: false,
          groupPath: [],
        },
      ],
      [rowDefinition("governmentCentralizedProcurement", "政府集中采购")],
    ),
    applicationsTable([...applicationRowsHead, ...otherHandlingSingleRow, ...applicationRowsTail]),
    reviewAndLitigationTable,
  ],
};
