/**
 * A generator of realistic 政府信息公开工作年度报告 of both editions, deterministic from a seed.
 * Every table, row, column, section heading and topic comes from the @xxgk/schema registry: the
 * generator types no label. Valid reports satisfy every table identity (一 + 二 = 三（七） + 四 per
 * applicant column, the results add up to （七）总计, the applicant columns add up to 总计, table
 * four's groups add up) and tell the same numbers in their narrative; flawed ones carry the typical
 * errors of published reports, each listed with the rules that must find it.
 */
import {
  dataRows,
  editionForYear,
  getEdition,
  getSection,
  resultLeafRows,
  reviewGroups,
  type CellValue,
  type EditionDefinition,
  type EditionId,
  type NarrativeSection,
  type Report,
  type ReportPath,
  type TableData,
  type TableDefinition,
} from "@xxgk/schema";
import { hasRuleMakingPower, isGovernment, randomAgency, type Agency } from "./agencies.js";
import { Random } from "./random.js";

/** The typical errors the generator can put into a report. */
export const flaws = ["totals", "review-totals", "carryover", "wrong-edition", "blank-cells"] as const;
export type Flaw = (typeof flaws)[number];

/**
 * The rules that must find each flaw, at the severity listed or a higher one (a wrong edition is an
 * error when it is older than the year requires, a warning when newer).
 */
export const flawRules: Readonly<Record<Flaw, readonly { readonly rule: string; readonly severity: "error" | "warning" }[]>> = {
  totals: [
    { rule: "t3-results-sum", severity: "error" },
    { rule: "t3-applicant-columns-sum", severity: "error" },
  ],
  "review-totals": [{ rule: "t4-row-sum", severity: "error" }],
  carryover: [{ rule: "y-carryover-chain", severity: "error" }],
  "wrong-edition": [{ rule: "meta-edition-matches-year", severity: "warning" }],
  "blank-cells": [{ rule: "meta-blank-vs-zero", severity: "warning" }],
};

export interface Injected {
  readonly flaw: Flaw;
  /** Where the flaw is. */
  readonly paths: readonly ReportPath[];
}

export interface GenerateOptions {
  readonly seed: number;
  /** Default: a year from 2019 to 2025 chosen by the seed (or the year after `previous`). */
  readonly reportYear?: number;
  readonly agency?: Agency;
  /** Last year's report of the same agency: this year's 上年结转 continues its 结转下年度. */
  readonly previous?: Report;
  readonly flaws?: readonly Flaw[];
  /** Write parts 一, 五 and 六 and the preamble (default true). */
  readonly narrative?: boolean;
}

export interface Generated {
  readonly report: Report;
  readonly injected: readonly Injected[];
}

const APPLICATIONS = "applications";
const REVIEW = "reviewAndLitigation";
const REGULATIONS = "regulationsAndNormativeDocuments";
const APPLICANT_TOTAL = "total";
const RESULTS_TOTAL = "resultsTotal";
const NEW_RECEIVED = "newReceived";
const CARRIED_OVER = "carriedOver";
const CARRIED_FORWARD = "carriedForward";

type Row = Record<string, CellValue | undefined>;
type Table = Record<string, Row>;

function count(table: TableData | undefined, row: string, column: string): number {
  const value = table?.[row]?.[column];
  return typeof value === "number" ? value : 0;
}

/** Weights of the applicant columns: natural persons file most applications. */
const applicantWeights = [70, 12, 1, 1, 2, 6];
/** Weights of the result rows, by position among the leaves: most are granted, some not held. */
function resultWeights(random: Random, leaves: number): number[] {
  return Array.from({ length: leaves }, (_, index) => {
    if (index === 0) return 40 + random.int(0, 20); // 予以公开
    if (index === 1) return 10 + random.int(0, 10); // 部分公开
    return random.chance(0.45) ? random.int(1, 8) : 0;
  });
}

function applicationsTable(table: TableDefinition, random: Random, scale: number, carriedOverFrom: TableData | undefined, breakChain: boolean): { data: Table; brokenColumn?: string } {
  const parts = table.columns.filter((column) => column.id !== APPLICANT_TOTAL);
  const leaves = resultLeafRows(table);
  const data: Table = {};
  for (const row of dataRows(table)) data[row.id] = {};
  const newTotal = random.skewed(scale);
  const newParts = random.split(newTotal, applicantWeights.slice(0, parts.length));
  const weights = resultWeights(random, leaves.length);
  let brokenColumn: string | undefined;
  const breakAt = breakChain ? random.int(0, Math.min(1, parts.length - 1)) : -1;
  parts.forEach((column, index) => {
    const received = newParts[index] ?? 0;
    let over = carriedOverFrom === undefined ? (received > 0 && random.chance(0.3) ? random.int(0, Math.ceil(received / 10)) : 0) : count(carriedOverFrom, CARRIED_FORWARD, column.id);
    if (index === breakAt) {
      over += random.int(1, 3);
      brokenColumn = column.id;
    }
    const available = received + over;
    const forward = available > 0 && random.chance(0.3) ? random.int(0, Math.ceil(available / 12)) : 0;
    const results = random.split(available - forward, weights);
    data[NEW_RECEIVED]![column.id] = received;
    data[CARRIED_OVER]![column.id] = over;
    data[CARRIED_FORWARD]![column.id] = forward;
    data[RESULTS_TOTAL]![column.id] = available - forward;
    leaves.forEach((row, leafIndex) => {
      data[row.id]![column.id] = results[leafIndex] ?? 0;
    });
  });
  // Any other row with cells (none in the two editions today) is zero, and 总计 adds the parts up.
  for (const row of dataRows(table)) {
    const cells = data[row.id]!;
    for (const column of parts) cells[column.id] ??= 0;
    cells[APPLICANT_TOTAL] = parts.reduce((sum, column) => sum + (cells[column.id] as number), 0);
  }
  return brokenColumn === undefined ? { data } : { data, brokenColumn };
}

function reviewTable(table: TableDefinition, random: Random, scale: number): Table {
  const row: Row = {};
  for (const group of reviewGroups) {
    const columns = table.columns.filter((column) => column.id.startsWith(group.prefix) && column.id !== `${group.prefix}Total`);
    let total = 0;
    const busy = random.chance(0.5);
    for (const column of columns) {
      const value = busy ? random.skewed(Math.max(1, Math.ceil(scale / 40))) : 0;
      row[column.id] = value;
      total += value;
    }
    row[`${group.prefix}Total`] = total;
  }
  for (const column of table.columns) row[column.id] ??= 0;
  return { [dataRows(table)[0]?.id ?? "cases"]: row };
}

/** Table two's tables, by cell kind: counts, signed changes, amounts (with their unit when the header prints none). */
function activeDisclosureTable(table: TableDefinition, random: Random, agency: Agency): Table {
  const data: Table = {};
  for (const row of dataRows(table)) {
    const cells: Row = {};
    const regulations = table.id === REGULATIONS && row.id === "regulations";
    const zero = regulations && !hasRuleMakingPower(agency.kind);
    if (table.id === REGULATIONS) {
      // made/issued, then published/repealed (not more than the first), then published/in force in all (at least the first).
      const first = zero ? 0 : random.skewed(regulations ? 6 : 30, 2);
      const second = zero ? 0 : random.int(0, first);
      const stock = zero ? 0 : first + random.int(0, regulations ? 40 : 200);
      const values = [first, second, stock];
      table.columns.forEach((column, index) => {
        cells[column.id] = values[index] ?? 0;
      });
    } else {
      let previousItems = 0;
      for (const column of table.columns) {
        if (column.kind === "signedCount") {
          cells[column.id] = random.int(-Math.min(previousItems, 5), 8);
        } else if (column.kind === "amount") {
          const value = random.chance(0.7) ? 0 : Math.round(random.next() * 100_000) / 100;
          cells[column.id] = column.unitPrinted ? value : `${value}万元`;
        } else {
          const value = random.skewed(column.unit === "项" ? 80 : 2_000, 3);
          cells[column.id] = value;
          if (column.id.startsWith("previous")) previousItems = value;
        }
      }
    }
    data[row.id] = cells;
  }
  return data;
}

function digitsOrZero(value: number): string {
  return String(value);
}

/** Part 一: an opening paragraph with the year's application figures, then one sub-part per topic of the edition. */
function overview(edition: EditionDefinition, report: Report, agency: Agency, random: Random): NarrativeSection {
  const section = getSection(edition, "overview");
  const apps = report.tables[APPLICATIONS];
  const received = count(apps, NEW_RECEIVED, APPLICANT_TOTAL);
  const over = count(apps, CARRIED_OVER, APPLICANT_TOTAL);
  const concluded = count(apps, RESULTS_TOTAL, APPLICANT_TOTAL);
  const forward = count(apps, CARRIED_FORWARD, APPLICANT_TOTAL);
  const numerals = ["一", "二", "三", "四", "五", "六", "七", "八"];
  const focus = random.pick(["优化营商环境", "乡村振兴", "民生保障", "安全生产", "生态环境保护", "重大建设项目"]);
  const opening = `${report.reportYear}年，${agency.name}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，围绕${focus}等重点工作，扎实推进政府信息公开工作。`;
  const figures =
    received + over === 0
      ? "全年未收到政府信息公开申请。"
      : `全年新收政府信息公开申请${digitsOrZero(received)}件，上年结转${digitsOrZero(over)}件，办结${digitsOrZero(concluded)}件，结转下年度继续办理${digitsOrZero(forward)}件。`;
  const sentences: Readonly<Record<string, string>> = {};
  const subsections = section.topics.map((topic, index) => {
    const keyword = topic.keywords[0] ?? topic.label;
    const body =
      sentences[topic.id] ??
      `围绕${keyword}工作，${agency.name}完善工作机制，明确责任分工，${random.pick(["及时更新政府网站相关栏目", "规范办理流程", "加强业务培训", "开展自查整改"])}，${keyword}工作质量不断提升。`;
    return {
      heading: `（${numerals[index] ?? String(index + 1)}）${topic.label}`,
      topic: topic.id,
      paragraphs: topic.id === "applicationDisclosure" ? [`${body}${figures}`] : [body],
    };
  });
  return { paragraphs: [opening], subsections };
}

function problems(agency: Agency, random: Random): NarrativeSection {
  const problem = random.pick(["政策解读形式较为单一", "部分栏目信息更新不够及时", "依申请公开答复的规范性有待提高", "基层政务公开标准化建设有待深化"]);
  const measure = random.pick(["加强政策解读，丰富图解、视频等解读形式", "建立栏目更新台账，落实专人维护", "完善依申请公开办理流程，加强法律审核", "推进基层政务公开标准目录动态调整"]);
  return {
    paragraphs: [
      `${agency.name}政府信息公开工作虽取得一定成效，但仍存在一些问题：一是${problem}；二是工作人员业务能力有待进一步提升。`,
      `下一步，我们将采取以下改进措施：一是${measure}；二是加强业务培训，提高工作人员政务公开业务水平。`,
    ],
  };
}

function otherMatters(edition: EditionDefinition, report: Report, agency: Agency): NarrativeSection {
  const section = getSection(edition, "otherMatters");
  const paragraphs =
    section.topics.length === 0
      ? ["本年度无其他需要报告的事项。"]
      : section.topics.map((topic) => {
          const keyword = topic.keywords[0] ?? topic.label;
          if (topic.id === "processingFees") return `本年度${agency.name}未收取${keyword}。`;
          return `${report.reportYear}年，${agency.name}认真做好${keyword}相关工作，按要求公开有关情况。`;
        });
  return { paragraphs };
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function applyBlankCells(report: Report, random: Random, avoid: readonly Injected[]): ReportPath[] {
  const apps = report.tables[APPLICATIONS];
  const paths: ReportPath[] = [];
  if (apps === undefined) return paths;
  // Rows and columns of other flaws stay filled, so that each flaw is still found.
  const avoided = new Set(avoid.flatMap((injected) => injected.paths.flatMap((path) => [String(path[2]), String(path[3])])));
  // Zeros written as blanks: the typical "left empty" of a typed report.
  const zeroCells: [string, string][] = [];
  for (const [rowId, row] of Object.entries(apps)) {
    if (avoided.has(rowId)) continue;
    for (const [columnId, value] of Object.entries(row ?? {})) if (value === 0 && !avoided.has(columnId)) zeroCells.push([rowId, columnId]);
  }
  const howMany = Math.max(1, Math.min(zeroCells.length, random.int(2, 6)));
  for (let i = 0; i < howMany && zeroCells.length > 0; i++) {
    const [rowId, columnId] = zeroCells.splice(random.int(0, zeroCells.length - 1), 1)[0]!;
    apps[rowId]![columnId] = null;
    paths.push(["tables", APPLICATIONS, rowId, columnId]);
  }
  return paths;
}

/** Generates one report. The same options give the same report. */
export function generate(options: GenerateOptions): Generated {
  const random = new Random(options.seed);
  const wanted = new Set(options.flaws ?? []);
  const agency = options.agency ?? randomAgency(random);
  const reportYear = options.reportYear ?? (options.previous === undefined ? random.int(2019, 2025) : options.previous.reportYear + 1);
  const rightEdition = editionForYear(reportYear)?.id ?? "2021";
  const editionId: EditionId = wanted.has("wrong-edition") ? (rightEdition === "2019" ? "2021" : "2019") : rightEdition;
  const edition = getEdition(editionId);
  const scale = random.pick([5, 20, 80, 300, 1500, 4000]);
  const injected: Injected[] = [];

  const tables: Record<string, TableData> = {};
  let brokenColumn: string | undefined;
  for (const table of edition.tables) {
    if (table.id === APPLICATIONS) {
      const built = applicationsTable(table, random, isGovernment(agency.kind) ? scale : Math.ceil(scale / 4), options.previous?.tables[APPLICATIONS], wanted.has("carryover") && options.previous !== undefined);
      tables[table.id] = built.data;
      brokenColumn = built.brokenColumn;
    } else if (table.id === REVIEW) {
      tables[table.id] = reviewTable(table, random, scale);
    } else {
      tables[table.id] = activeDisclosureTable(table, random, agency);
    }
  }
  const report: Report = { edition: editionId, reportYear, agency: agency.name, agencyKind: agency.kind, tables };

  if (options.narrative !== false) {
    report.preamble = [
      `本报告根据《中华人民共和国政府信息公开条例》和${edition.notice.title}（${edition.notice.docNo}）要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自${reportYear}年1月1日起至${reportYear}年12月31日止。`,
    ];
    report.narrative = {
      overview: overview(edition, report, agency, random),
      problemsAndImprovements: problems(agency, random),
      otherMatters: otherMatters(edition, report, agency),
    };
    const day = random.int(10, 25);
    report.signature = { organ: agency.name, date: isoDate(reportYear + 1, 1, day) };
    report.publishedDate = isoDate(reportYear + 1, 1, Math.min(28, day + random.int(0, 3)));
  }

  // Flaws, each recorded with where it is.
  if (wanted.has("totals")) {
    const apps = tables[APPLICATIONS]!;
    const applications = edition.tables.find((table) => table.id === APPLICATIONS)!;
    const leaf = random.pick(resultLeafRows(applications));
    const column = random.pick(applications.columns.filter((candidate) => candidate.id !== APPLICANT_TOTAL));
    apps[leaf.id]![column.id] = count(apps, leaf.id, column.id) + random.int(1, 9);
    injected.push({ flaw: "totals", paths: [["tables", APPLICATIONS, leaf.id, column.id]] });
  }
  if (wanted.has("review-totals")) {
    const group = random.pick(reviewGroups);
    const row = tables[REVIEW]!["cases"]!;
    const total = `${group.prefix}Total`;
    row[total] = count(tables[REVIEW], "cases", total) + random.int(1, 5);
    injected.push({ flaw: "review-totals", paths: [["tables", REVIEW, "cases", total]] });
  }
  if (brokenColumn !== undefined) injected.push({ flaw: "carryover", paths: [["tables", APPLICATIONS, CARRIED_OVER, brokenColumn]] });
  if (wanted.has("wrong-edition")) injected.push({ flaw: "wrong-edition", paths: [["edition"]] });
  if (wanted.has("blank-cells")) injected.push({ flaw: "blank-cells", paths: applyBlankCells(report, random, injected) });
  return { report, injected };
}

export function generateReport(options: GenerateOptions): Report {
  return generate(options).report;
}

export interface SeriesOptions {
  readonly seed: number;
  readonly agency?: Agency;
  readonly fromYear: number;
  readonly toYear: number;
  /** Flaws of particular years. */
  readonly flaws?: Readonly<Record<number, readonly Flaw[]>>;
}

/** Consecutive years of one agency: each year's 上年结转 continues the year before (unless flawed). */
export function generateSeries(options: SeriesOptions): Generated[] {
  const random = new Random(options.seed ^ 0x5eed);
  const agency = options.agency ?? randomAgency(random);
  const series: Generated[] = [];
  let previous: Report | undefined;
  for (let year = options.fromYear; year <= options.toYear; year++) {
    const generated = generate({
      seed: (options.seed * 31 + year) >>> 0,
      agency,
      reportYear: year,
      ...(previous === undefined ? {} : { previous }),
      flaws: options.flaws?.[year] ?? [],
    });
    series.push(generated);
    previous = generated.report;
  }
  return series;
}

export interface CorpusEntry extends Generated {
  /** A file name for the report, e.g. `0042-2023.json`, unique within the corpus. */
  readonly name: string;
}

export interface CorpusOptions {
  readonly seed: number;
  readonly count: number;
  /** Share of reports with a flaw (default 0.2); 0 gives only valid reports. */
  readonly flawed?: number;
}

/**
 * `count` reports, agencies with one to three consecutive years each (so the cross-year rules have
 * pairs to check), about `flawed` of them with one typical error.
 */
export function generateCorpus(options: CorpusOptions): CorpusEntry[] {
  const random = new Random(options.seed);
  const flawedShare = options.flawed ?? 0.2;
  const entries: CorpusEntry[] = [];
  let agencyIndex = 0;
  while (entries.length < options.count) {
    const years = Math.min(options.count - entries.length, random.int(1, 3));
    const toYear = random.int(2020 + years - 1, 2025);
    const fromYear = toYear - years + 1;
    const yearFlaws: Record<number, Flaw[]> = {};
    for (let year = fromYear; year <= toYear; year++) {
      if (random.chance(flawedShare)) {
        const flaw = random.pick(flaws);
        // A broken chain needs a year before it in the series.
        if (flaw !== "carryover" || year > fromYear) yearFlaws[year] = [flaw];
      }
    }
    const series = generateSeries({ seed: random.int(0, 2 ** 31), fromYear, toYear, flaws: yearFlaws });
    for (const generated of series) {
      entries.push({ ...generated, name: `${String(agencyIndex).padStart(4, "0")}-${generated.report.reportYear}.json` });
    }
    agencyIndex++;
  }
  return entries;
}
