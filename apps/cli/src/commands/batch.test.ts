import { copyFile, readFile, rm, writeFile, mkdir, utimes } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { renderHtml } from "@xxgk/render-html";
import { renderText } from "@xxgk/render-text";
import { parseReport, type Report } from "@xxgk/schema";
import { generateSeries } from "@xxgk/testing";
import { describe, expect, it } from "vitest";
import type { BatchSummary } from "../batch/summary.js";
import { listFiles, tempFiles, writeCorpus } from "../batch/test-support.js";
import { STACK_LINE, useTempDir, xxgk } from "../test-support.js";

let dir: string;
useTempDir((path) => {
  dir = path;
});

async function summaryOf(out: string): Promise<BatchSummary> {
  return JSON.parse(await readFile(join(dir, out, "summary.json"), "utf8")) as BatchSummary;
}

function parsed(value: unknown): Report {
  const result = parseReport(value);
  if (!result.success) throw new Error("not a report");
  return result.report;
}

describe("xxgk batch", { timeout: 120_000 }, () => {
  it("renders every report to html and text under --out, keeping sub-folders, byte for byte as the renderers do", async () => {
    const corpus = await writeCorpus(join(dir, "in"), { seed: 11, count: 9, subfolders: true });
    const result = await xxgk(["batch", "in", "--out", "out", "--to", "html,text", "--jobs", "2"], dir);
    expect(result.stderr).not.toContain(STACK_LINE);
    expect(result.code).toBe(0);
    const files = await listFiles(join(dir, "out"));
    expect(tempFiles(files)).toEqual([]);
    for (const [index, entry] of corpus.entries()) {
      const stem = `${index % 3 === 1 ? `area-${index % 2}/` : ""}${entry.name.replace(/\.json$/, "")}`;
      const report = parsed(entry.report);
      expect(await readFile(join(dir, "out", `${stem}.html`), "utf8")).toBe(renderHtml(report));
      expect(await readFile(join(dir, "out", `${stem}.txt`), "utf8")).toBe(renderText(report));
    }
    expect(files).toContain("summary.json");
    expect(files).toContain("summary.csv");
    expect(files).toContain("summary.html");
    const summary = await summaryOf("out");
    expect(summary.totals).toMatchObject({ inputs: 9, processed: 9, failed: 0, outputsWritten: 18, outputsUpToDate: 0 });
  });

  it("one bad file never stops the batch: it is in the summary with its error, and the exit code is 1", async () => {
    await writeCorpus(join(dir, "in"), { seed: 12, count: 4 });
    await writeFile(join(dir, "in", "broken.json"), "{ not json");
    await writeFile(join(dir, "in", "not-a-report.json"), JSON.stringify({ edition: "2021", tables: [] }));
    const result = await xxgk(["batch", "in", "--out", "out", "--to", "text", "--jobs", "1"], dir);
    expect(result.code).toBe(1);
    const summary = await summaryOf("out");
    expect(summary.totals).toMatchObject({ inputs: 6, processed: 4, failed: 2 });
    const broken = summary.reports.find((report) => report.input.endsWith("broken.json"));
    expect(broken?.status).toBe("failed");
    expect(broken?.error).toContain("JSON");
    expect(summary.reports.find((report) => report.input.endsWith("not-a-report.json"))?.error).toMatch(/不是|not a report|报告/);
  });

  it("exit 1 when a report has an error finding; the summary lists it first", async () => {
    const series = generateSeries({ seed: 5, fromYear: 2022, toYear: 2023, flaws: { 2023: ["totals"] } });
    await mkdir(join(dir, "in"));
    await writeFile(join(dir, "in", "a-2022.json"), JSON.stringify(series[0]!.report));
    await writeFile(join(dir, "in", "a-2023.json"), JSON.stringify(series[1]!.report));
    const result = await xxgk(["batch", "in", "--out", "out", "--to", "text", "--lang", "en"], dir);
    expect(result.code).toBe(1);
    const summary = await summaryOf("out");
    const flawed = summary.reports.find((report) => report.input.endsWith("a-2023.json"))!;
    expect(flawed.errors).toBeGreaterThan(0);
    expect(flawed.findings.some((finding) => finding.code === "t3-results-sum")).toBe(true);
    // Rendered all the same: a report with errors is still published as it is.
    expect(flawed.outputs).toEqual([{ format: "text", path: "a-2023.txt", status: "written" }]);
  });

  it("pairs each report with the same agency's previous year, among the inputs or in --previous, for the cross-year rules", async () => {
    const series = generateSeries({ seed: 9, fromYear: 2021, toYear: 2024, flaws: { 2024: ["carryover"] } });
    await mkdir(join(dir, "in"));
    await mkdir(join(dir, "last"));
    await writeFile(join(dir, "last", "x-2021.json"), JSON.stringify(series[0]!.report));
    for (const generated of series.slice(1)) await writeFile(join(dir, "in", `x-${generated.report.reportYear}.json`), JSON.stringify(generated.report));
    const result = await xxgk(["batch", "in", "--out", "out", "--to", "text", "--previous", "last"], dir);
    expect(result.code).toBe(1);
    const summary = await summaryOf("out");
    const byYear = new Map(summary.reports.map((report) => [report.reportYear, report]));
    expect(byYear.get(2022)?.previous).toBe("last/x-2021.json");
    expect(byYear.get(2023)?.previous).toBe("in/x-2022.json");
    expect(byYear.get(2024)?.previous).toBe("in/x-2023.json");
    expect(byYear.get(2024)?.findings.some((finding) => finding.code === "y-carryover-chain" && finding.severity === "error")).toBe(true);
    expect(byYear.get(2023)?.errors).toBe(0);
    // The --previous reports are for pairing only: not rendered, not in the summary.
    expect(summary.reports).toHaveLength(3);
  });

  it("a rerun skips outputs that are up to date; a changed input is redone; --force redoes all", async () => {
    await writeCorpus(join(dir, "in"), { seed: 13, count: 5 });
    expect((await xxgk(["batch", "in", "--out", "out", "--to", "html,text"], dir)).code).toBe(0);
    const again = await xxgk(["batch", "in", "--out", "out", "--to", "html,text"], dir);
    expect(again.code).toBe(0);
    expect((await summaryOf("out")).totals).toMatchObject({ outputsWritten: 0, outputsUpToDate: 10 });

    const first = (await listFiles(join(dir, "in")))[0]!;
    const report = JSON.parse(await readFile(join(dir, "in", first), "utf8")) as Report;
    await writeFile(join(dir, "in", first), JSON.stringify({ ...report, agency: `${report.agency}（更正）` }));
    await xxgk(["batch", "in", "--out", "out", "--to", "html,text"], dir);
    expect((await summaryOf("out")).totals).toMatchObject({ outputsWritten: 2, outputsUpToDate: 8 });
    expect(await readFile(join(dir, "out", first.replace(/\.json$/, ".txt")), "utf8")).toContain("（更正）");

    // A deleted output is written again even though the manifest knows it.
    await rm(join(dir, "out", first.replace(/\.json$/, ".html")));
    await xxgk(["batch", "in", "--out", "out", "--to", "html,text"], dir);
    expect((await summaryOf("out")).totals).toMatchObject({ outputsWritten: 1, outputsUpToDate: 9 });

    await xxgk(["batch", "in", "--out", "out", "--to", "html,text", "--force"], dir);
    expect((await summaryOf("out")).totals).toMatchObject({ outputsWritten: 10, outputsUpToDate: 0 });
  });

  it("removes temp files a killed batch left behind (of processes no longer running)", async () => {
    await writeCorpus(join(dir, "in"), { seed: 14, count: 2 });
    await mkdir(join(dir, "out", "sub"), { recursive: true });
    const stale = join(dir, "out", "sub", ".0001-2023.html.999999999.0123456789ab.tmp");
    await writeFile(stale, "<html><body>half");
    await utimes(stale, new Date(0), new Date(0));
    expect((await xxgk(["batch", "in", "--out", "out", "--to", "text"], dir)).code).toBe(0);
    expect(tempFiles(await listFiles(join(dir, "out")))).toEqual([]);
  });

  it("globs, files and directories; outputs that would collide are refused with a reason", async () => {
    await writeCorpus(join(dir, "a"), { seed: 15, count: 2 });
    await writeCorpus(join(dir, "b"), { seed: 15, count: 2 });
    const result = await xxgk(["batch", "a", "b/*.json", "--out", "out", "--to", "text"], dir);
    expect(result.code).toBe(1);
    const summary = await summaryOf("out");
    expect(summary.totals.inputs).toBe(4);
    const refused = summary.reports.filter((report) => report.outputs.some((output) => output.status === "failed"));
    expect(refused.map((report) => report.input.split("/")[0])).toEqual(["b", "b"]);
    expect(refused[0]?.outputs[0]?.error).toContain("a/");
  });

  it("exit 2 when nothing could be processed; usage errors name the fix", async () => {
    await mkdir(join(dir, "empty"));
    const none = await xxgk(["batch", "empty", "--out", "out"], dir);
    expect(none.code).toBe(2);
    await writeFile(join(dir, "bad.json"), "[");
    expect((await xxgk(["batch", "bad.json", "--out", "out2"], dir)).code).toBe(2);
    const format = await xxgk(["batch", "bad.json", "--out", "out3", "--to", "docx"], dir);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("html");
    expect((await xxgk(["batch", "bad.json", "--out", "out3", "--jobs", "0"], dir)).code).toBe(2);
  });

  it("--import reads published text files with @xxgk/import, validates and renders them; JSON inputs go on as before", async () => {
    const corpusDir = fileURLToPath(new URL("../../../../../shared/corpus/", import.meta.url));
    await mkdir(join(dir, "published"));
    for (const name of ["06-pingtan-2022", "07-pingtan-2023"]) await copyFile(join(corpusDir, `${name}.txt`), join(dir, "published", `${name}.txt`));
    await writeCorpus(join(dir, "published"), { seed: 17, count: 1 });
    const result = await xxgk(["batch", "published", "--import", "--out", "out", "--to", "html"], dir);
    expect(result.stderr).not.toContain(STACK_LINE);
    const summary = await summaryOf("out");
    expect(summary.totals).toMatchObject({ inputs: 3, processed: 3, failed: 0, outputsWritten: 3 });
    const pingtan2023 = summary.reports.find((report) => report.input.endsWith("07-pingtan-2023.txt"))!;
    expect(pingtan2023.agency).toContain("平潭");
    expect(pingtan2023.reportYear).toBe(2023);
    // The two imported years are paired for the cross-year rules.
    expect(pingtan2023.previous).toBe("published/06-pingtan-2022.txt");
    expect(await readFile(join(dir, "out", "07-pingtan-2023.html"), "utf8")).toContain("<!DOCTYPE html>");
  });

  it("summary.csv starts with a byte-order mark and has a row per report; summary.html escapes and links", async () => {
    const [entry] = await writeCorpus(join(dir, "in"), { seed: 16, count: 1 });
    const report = JSON.parse(await readFile(join(dir, "in", entry!.name), "utf8")) as Report;
    await writeFile(join(dir, "in", "evil <b>&.json"), JSON.stringify({ ...report, agency: '<script>alert("x")</script>机关' }));
    expect((await xxgk(["batch", "in", "--out", "out", "--to", "html"], dir)).code).toBe(0);
    const csv = await readFile(join(dir, "out", "summary.csv"));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString("utf8").trimEnd().split("\r\n")).toHaveLength(3);
    const html = await readFile(join(dir, "out", "summary.html"), "utf8");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#60;script&#62;");
    expect(html).toContain('href="evil%20%3Cb%3E%26.html"');
  });
});
