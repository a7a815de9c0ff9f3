/**
 * Preloaded (`node --import`) into the process a benchmark case runs as a child: when that process
 * exits, its peak resident set size (worker threads included) is written as JSON to the file named
 * by XXGK_BENCH_RSS_FILE.
 */
import { writeFileSync } from "node:fs";

const file = process.env["XXGK_BENCH_RSS_FILE"];
if (file !== undefined) {
  process.on("exit", () => {
    writeFileSync(file, JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024 }));
  });
}
