import { describe, expect, it } from "vitest";
import { globBase } from "./inputs.js";
import { outputPathFor } from "./run.js";
import { createProgress } from "./progress.js";
import { csvField, hrefOf, summaryCsv, summaryHtml, totalsOf, type BatchSummary, type ReportRecord } from "./summary.js";

const report: ReportRecord = {
  input: "in/a,b.json",
  status: "ok",
  agency: '某县"人民"政府',
  reportYear: 2024,
  edition: "2021",
  errors: 1,
  warnings: 0,
  infos: 1,
  findings: [
    { code: "x-info", severity: "info", label: "L", message: "info first in the report", path: "a" },
    { code: "t3-results-sum", severity: "error", label: "（七）总计", message: "=SUM(A1)", path: "tables.applications" },
  ],
  outputs: [{ format: "html", path: "sub dir/a,b.html", status: "written" }],
};
const failed: ReportRecord = { input: "<bad>.json", status: "failed", error: "not valid JSON & <more>", errors: 0, warnings: 0, infos: 0, findings: [], outputs: [] };
const summary: BatchSummary = {
  tool: "xxgk batch",
  version: "0.0.0",
  startedAt: "2026-01-01T00:00:00.000Z",
  finishedAt: "2026-01-01T00:00:01.000Z",
  durationMs: 1000,
  formats: ["html"],
  jobs: 2,
  interrupted: false,
  totals: totalsOf([report, failed]),
  reports: [report, failed],
};

describe("summary files", () => {
  it("CSV: BOM, CRLF, quoting, formulas neutralised, errors first among the findings", () => {
    const csv = summaryCsv(summary);
    expect(csv.startsWith("\uFEFF文件,状态,机关")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[1]).toContain('"in/a,b.json",已处理,"某县""人民""政府",2024,2021,1,0,1,,"[错误] t3-results-sum （七）总计：=SUM(A1)\n[提示]');
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("-3")).toBe("'-3");
    expect(csvField(5)).toBe("5");
    expect(lines[2]).toContain("not valid JSON & <more>");
  });

  it("HTML: everything escaped, links percent-encoded", () => {
    const html = summaryHtml(summary);
    expect(html).toContain("某县&#34;人民&#34;政府");
    expect(html).toContain("&#60;bad&#62;.json");
    expect(html).toContain("not valid JSON &#38; &#60;more&#62;");
    expect(html).toContain('<a href="sub%20dir/a%2Cb.html">HTML</a>');
    expect(hrefOf("a/<x>.html")).toBe("a/%3Cx%3E.html");
    expect(html).toContain("共 2 份，已处理 1 份，失败 1 份");
  });

  it("totals", () => {
    expect(summary.totals).toEqual({ inputs: 2, processed: 1, failed: 1, withErrors: 1, errors: 1, warnings: 0, outputsWritten: 1, outputsUpToDate: 0, outputsFailed: 0 });
  });
});

describe("names", () => {
  it("outputs are named after their input, in its sub-folder", () => {
    expect(outputPathFor("a/b/report.2024.json", "html")).toBe("a/b/report.2024.html");
    expect(outputPathFor("x.json", "text")).toBe("x.txt");
    expect(outputPathFor("x.pdf", "pdf")).toBe("x.pdf");
    expect(outputPathFor("x.json", "html-fragment")).toBe("x.fragment.html");
  });

  it("a glob's base is its part before the first pattern", () => {
    expect(globBase("reports/2024/**/*.json")).toEqual({ base: "reports/2024", rest: "**/*.json" });
    expect(globBase("*.json")).toEqual({ base: "", rest: "*.json" });
    expect(globBase("/data/*/x.json")).toEqual({ base: "/data", rest: "*/x.json" });
  });
});

describe("plain progress (not a terminal)", () => {
  it("a line at the start, at each tenth, and at the end", () => {
    let now = 0;
    const lines: string[] = [];
    const progress = createProgress({ lang: "en", write: (text) => lines.push(text), now: () => now, intervalMs: 1e9 });
    progress.start(20);
    for (let i = 0; i < 20; i++) {
      now += 100;
      progress.tick(i === 3);
    }
    progress.stop();
    expect(lines[0]).toBe("xxgk batch: 20 reports\n");
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toBe("xxgk batch: 20/20 (100%), 1 failed, 10.0 reports/s\n");
  });
});
