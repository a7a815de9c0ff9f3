// The main job on the bundled example: validate it with the CLI (run from source), then render it
// as a PDF, plain text, a standalone HTML page and an HTML fragment under out/.
// Exit 0 when the CLI ran (its exit code 1 from validate only means the report has error findings,
// which the example really has); exit 2 when the CLI could not read the report or failed, or when
// a rendering failed.
import { spawnSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const example = "examples/zhangdian-jiguanshiwu-2020.json";
const name = "zhangdian-jiguanshiwu-2020";
const cli = ["--conditions=@xxgk/source", "--import", "tsx", "apps/cli/src/bin.ts"];

function xxgk(...args) {
  process.stdout.write(`\n$ xxgk ${args.join(" ")}\n`);
  const result = spawnSync(process.execPath, [...cli, ...args], { cwd: root, stdio: "inherit" });
  return result.status ?? 2;
}

const code = xxgk("validate", example);
if (code > 1) process.exit(code);
process.stdout.write(
  `\nexample: validation finished (exit code ${code}: ${code === 0 ? "no error findings" : "the report has error findings, listed above"}).\n`,
);

// Rendering does not need the report to pass the rules: the example renders as it is.
mkdirSync(join(root, "out"), { recursive: true });
const outputs = [
  { format: "pdf", file: `out/${name}.pdf` },
  { format: "text", file: `out/${name}.txt` },
  { format: "html", file: `out/${name}.html` },
  { format: "html-fragment", file: `out/${name}.fragment.html` },
];
for (const { format, file } of outputs) {
  const status = xxgk("render", example, "--to", format, "-o", file);
  if (status !== 0) {
    process.stderr.write(`\nexample: rendering ${example} as ${format} failed (exit code ${status}).\n`);
    process.exit(2);
  }
}
process.stdout.write("\nexample: rendered the report:\n");
for (const { format, file } of outputs) {
  const size = statSync(join(root, file)).size;
  process.stdout.write(`  ${file.padEnd(46)} ${String(size).padStart(7)} bytes  (${format})\n`);
}
