/**
 * Data shared by both editions: the applicant columns and most rows of table three, table four,
 * and the six parts of the report. Edition modules compose these pieces; nothing here is
 * specific to one edition.
 */
import type {
  ColumnDefinition,
  RowDefinition,
  SectionDefinition,
  TableDefinition,
  TopicDefinition,
} from "./types.js";

const APPLICANTS = "申请人情况";
const ORGANISATIONS = "法人或其他组织";

function count(
  id: string,
  label: string,
  groupPath: readonly string[] = [],
  unit = "件",
  shortLabel?: string,
): ColumnDefinition {
  return {
    id,
    label,
    kind: "count",
    unit,
    unitPrinted: false,
    groupPath,
    ...(shortLabel === undefined ? {} : { shortLabel }),
  };
}

export { count as countColumn };

/**
 * The seven applicant columns of table three. Short labels (商业, 科研 …) are for narrow outputs
 * such as plain text, which print them only with a legend giving the official label.
 */
export const applicantColumns: readonly ColumnDefinition[] = [
  count("naturalPerson", "自然人", [APPLICANTS]),
  count("commercialEnterprise", "商业企业", [APPLICANTS, ORGANISATIONS], "件", "商业"),
  count("researchInstitution", "科研机构", [APPLICANTS, ORGANISATIONS], "件", "科研"),
  count("publicWelfareOrganization", "社会公益组织", [APPLICANTS, ORGANISATIONS], "件", "公益"),
  count("legalServiceInstitution", "法律服务机构", [APPLICANTS, ORGANISATIONS], "件", "法律"),
  count("otherOrganization", "其他", [APPLICANTS, ORGANISATIONS]),
  count("total", "总计", [APPLICANTS]),
];

function row(id: string, label: string, parent?: string, hasCells = true): RowDefinition {
  return { id, label, hasCells, ...(parent === undefined ? {} : { parent }) };
}

/** Rows of table three before （六）其他处理 — identical in both editions. */
export const applicationRowsHead: readonly RowDefinition[] = [
  row("newReceived", "一、本年新收政府信息公开申请数量"),
  row("carriedOver", "二、上年结转政府信息公开申请数量"),
  row("results", "三、本年度办理结果", undefined, false),
  row("granted", "（一）予以公开", "results"),
  row("partiallyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "results"),
  row("denied", "（三）不予公开", "results", false),
  row("deniedStateSecret", "1.属于国家秘密", "denied"),
  row("deniedProhibitedByLaw", "2.其他法律行政法规禁止公开", "denied"),
  row("deniedThreeSecuritiesOneStability", "3.危及“三安全一稳定”", "denied"),
  row("deniedThirdPartyRights", "4.保护第三方合法权益", "denied"),
  row("deniedInternalAffairs", "5.属于三类内部事务信息", "denied"),
  row("deniedProcessInformation", "6.属于四类过程性信息", "denied"),
  row("deniedEnforcementCaseFile", "7.属于行政执法案卷", "denied"),
  row("deniedAdministrativeQuery", "8.属于行政查询事项", "denied"),
  row("unableToProvide", "（四）无法提供", "results", false),
  row("unableNotHeld", "1.本机关不掌握相关政府信息", "unableToProvide"),
  row("unableNeedsCreation", "2.没有现成信息需要另行制作", "unableToProvide"),
  row("unableStillUnclear", "3.补正后申请内容仍不明确", "unableToProvide"),
  row("notProcessed", "（五）不予处理", "results", false),
  row("notProcessedComplaint", "1.信访举报投诉类申请", "notProcessed"),
  row("notProcessedDuplicate", "2.重复申请", "notProcessed"),
  row("notProcessedPublication", "3.要求提供公开出版物", "notProcessed"),
  row("notProcessedExcessive", "4.无正当理由大量反复申请", "notProcessed"),
  row("notProcessedConfirmation", "5.要求行政机关确认或重新出具已获取信息", "notProcessed"),
];

/** Rows of table three after （六）其他处理 — identical in both editions. */
export const applicationRowsTail: readonly RowDefinition[] = [
  row("resultsTotal", "（七）总计", "results"),
  row("carriedForward", "四、结转下年度继续办理"),
];

/** （六）其他处理 of the 2019 edition: one data row. */
export const otherHandlingSingleRow: readonly RowDefinition[] = [
  row("otherHandling", "（六）其他处理", "results"),
];

/** （六）其他处理 of the 2021 edition: a group of three data rows. */
export const otherHandlingSplitRows: readonly RowDefinition[] = [
  row("otherHandling", "（六）其他处理", "results", false),
  row(
    "otherNoCorrection",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "otherHandling",
  ),
  row(
    "otherFeeNotPaid",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "otherHandling",
  ),
  row("otherOther", "3.其他", "otherHandling"),
];

export const APPLICATIONS_CORNER_NOTE =
  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

export function applicationsTable(rows: readonly RowDefinition[]): TableDefinition {
  return {
    id: "applications",
    sectionId: "applicationsReceivedAndHandled",
    title: "三、收到和处理政府信息公开申请情况",
    regulationRef: "《中华人民共和国政府信息公开条例》第五十条第（二）项",
    cornerNote: APPLICATIONS_CORNER_NOTE,
    rowHeaderColumns: 3,
    columns: applicantColumns,
    rows,
  };
}

const REVIEW = ["行政复议"];
const LITIGATION_DIRECT = ["行政诉讼", "未经复议直接起诉"];
const LITIGATION_AFTER_REVIEW = ["行政诉讼", "复议后起诉"];

function outcomeColumns(prefix: string, groupPath: readonly string[]): ColumnDefinition[] {
  return [
    count(`${prefix}Upheld`, "结果维持", groupPath, "件", "维持"),
    count(`${prefix}Corrected`, "结果纠正", groupPath, "件", "纠正"),
    count(`${prefix}Other`, "其他结果", groupPath, "件", "其他"),
    count(`${prefix}Pending`, "尚未审结", groupPath, "件", "未结"),
    count(`${prefix}Total`, "总计", groupPath),
  ];
}

/** The three groups of table four, each with its outcome columns and total. */
export const reviewGroups = [
  { prefix: "review", groupPath: REVIEW },
  { prefix: "litigationDirect", groupPath: LITIGATION_DIRECT },
  { prefix: "litigationAfterReview", groupPath: LITIGATION_AFTER_REVIEW },
] as const;

/** Table four, identical in both editions. */
export const reviewAndLitigationTable: TableDefinition = {
  id: "reviewAndLitigation",
  sectionId: "reviewAndLitigation",
  title: "四、政府信息公开行政复议、行政诉讼情况",
  regulationRef: "《中华人民共和国政府信息公开条例》第五十条第（三）项",
  rowHeaderColumns: 0,
  columns: reviewGroups.flatMap((group) => outcomeColumns(group.prefix, group.groupPath)),
  rows: [{ id: "cases", label: null, hasCells: true }],
};

/** The five subtopics that part 一 covers (listed explicitly by the 2021 format). */
export const overviewTopics: readonly TopicDefinition[] = [
  { id: "activeDisclosure", label: "主动公开", keywords: ["主动公开"] },
  { id: "applicationDisclosure", label: "依申请公开", keywords: ["依申请公开", "依申请"] },
  { id: "informationManagement", label: "政府信息管理", keywords: ["政府信息管理", "信息管理"] },
  {
    id: "platformBuilding",
    label: "政府信息公开平台建设",
    keywords: ["平台建设", "公开平台", "政务公开平台", "政府网站", "门户网站"],
  },
  { id: "oversight", label: "监督保障", keywords: ["监督保障", "监督", "考核"] },
];

/** The items that part 六 reports in the 2021 edition. */
export const otherMattersTopics: readonly TopicDefinition[] = [
  { id: "processingFees", label: "信息处理费", keywords: ["信息处理费", "处理费"] },
  {
    id: "npcCppccProposals",
    label: "人大代表建议和政协提案办理结果公开情况",
    keywords: ["人大代表建议", "政协提案", "建议提案", "人大建议", "建议和提案"],
  },
  {
    id: "annualPriorities",
    label: "落实上级年度政务公开工作要点情况",
    keywords: ["工作要点", "政务公开要点"],
  },
  { id: "innovation", label: "年度政务公开工作创新情况", keywords: ["创新"] },
];

export interface SectionOptions {
  readonly activeDisclosureTables: readonly string[];
  readonly otherMattersTopics: readonly TopicDefinition[];
}

/** The six parts of the report. */
export function sections(options: SectionOptions): readonly SectionDefinition[] {
  return [
    {
      id: "overview",
      number: 1,
      label: "一、总体情况",
      aliases: ["总体情况", "概述", "基本情况"],
      keywords: ["总体情况", "概述"],
      content: "narrative",
      tables: [],
      topics: overviewTopics,
    },
    {
      id: "activeDisclosure",
      number: 2,
      label: "二、主动公开政府信息情况",
      aliases: ["主动公开政府信息情况", "主动公开政府信息的情况", "行政机关主动公开政府信息的情况"],
      keywords: ["主动公开"],
      content: "tables",
      tables: options.activeDisclosureTables,
      regulationRef: "《条例》第五十条第（一）项",
      topics: [],
    },
    {
      id: "applicationsReceivedAndHandled",
      number: 3,
      label: "三、收到和处理政府信息公开申请情况",
      aliases: [
        "收到和处理政府信息公开申请情况",
        "收到和处理政府信息公开申请的情况",
        "行政机关收到和处理政府信息公开申请的情况",
      ],
      keywords: ["申请"],
      content: "tables",
      tables: ["applications"],
      regulationRef: "《条例》第五十条第（二）项",
      topics: [],
    },
    {
      id: "reviewAndLitigation",
      number: 4,
      label: "四、政府信息公开行政复议、行政诉讼情况",
      aliases: [
        "政府信息公开行政复议、行政诉讼情况",
        "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        "因政府信息公开工作被申请行政复议、提起行政诉讼的情况",
        "政府信息公开行政法复议、行政诉讼情况",
      ],
      keywords: ["复议", "诉讼"],
      content: "tables",
      tables: ["reviewAndLitigation"],
      regulationRef: "《条例》第五十条第（三）项",
      topics: [],
    },
    {
      id: "problemsAndImprovements",
      number: 5,
      label: "五、存在的主要问题及改进情况",
      aliases: [
        "存在的主要问题及改进情况",
        "政府信息公开工作存在的主要问题及改进情况",
        "存在的主要问题及整改措施",
        "存在的主要问题及改进措施",
        "存在的问题及改进情况",
      ],
      keywords: ["问题"],
      content: "narrative",
      tables: [],
      regulationRef: "《条例》第五十条第（四）项",
      topics: [],
    },
    {
      id: "otherMatters",
      number: 6,
      label: "六、其他需要报告的事项",
      aliases: ["其他需要报告的事项", "其他需要报告的情况"],
      keywords: ["其他需要报告"],
      content: "narrative",
      tables: [],
      regulationRef: "《条例》第五十条第（五）项",
      topics: options.otherMattersTopics,
    },
  ];
}

/** The 4-column grid of section 二 has this many value columns. */
export const ACTIVE_DISCLOSURE_VALUE_COLUMNS = 3;

export function activeDisclosureTable(
  id: string,
  item: string,
  columns: readonly ColumnDefinition[],
  rows: readonly RowDefinition[],
): TableDefinition {
  return {
    id,
    sectionId: "activeDisclosure",
    title: `第二十条第（${item}）项`,
    regulationRef: `《条例》第二十条第（${item}）项`,
    rowHeaderLabel: "信息内容",
    rowHeaderColumns: 1,
    columns,
    rows,
  };
}

export { row as rowDefinition };
