// The main job on the bundled example: validate it with the CLI (run from source).
// Exit 0 when the CLI ran (its exit code 1 only means the report has error findings, which the
// example really has); exit 2 when the CLI could not read the report or failed.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const example = "examples/zhangdian-jiguanshiwu-2020.json";
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
