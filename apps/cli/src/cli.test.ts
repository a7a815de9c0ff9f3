import { describe, expect, it } from "vitest";
import { run } from "./cli.js";
import { xxgk } from "./test-support.js";

describe("run", () => {
  it("--help and --version exit 0", async () => {
    const help = await xxgk(["--help"], "/");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("validate");
    expect(help.stdout).toContain("init");
    expect(help.stdout).toContain("schema");
    const validateHelp = await xxgk(["validate", "--help"], "/");
    expect(validateHelp.code).toBe(0);
    expect(validateHelp.stdout).toContain("--severity <rule=level>");
    expect(help.stdout).toContain("render");
    const renderHelp = await xxgk(["render", "--help"], "/");
    expect(renderHelp.code).toBe(0);
    expect(renderHelp.stdout).toContain("text|html|html-fragment");
    const version = await xxgk(["--version"], "/");
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("exits 2 for no command, an unknown command and an unknown option", async () => {
    expect((await xxgk([], "/")).code).toBe(2);
    const unknown = await xxgk(["check"], "/");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("错误：没有命令 check");
    expect((await xxgk(["check", "--lang", "en"], "/")).stderr).toContain("error: unknown command 'check'");
    expect((await xxgk(["schema", "--edition", "2021", "--pretty"], "/")).code).toBe(2);
  });

  it("turns an unexpected exception into one line and exit 2", async () => {
    let stderr = "";
    const code = await run(["node", "xxgk", "schema", "--edition", "2021"], {
      stdout: () => {
        throw new Error("disk full\nsecond line");
      },
      stderr: (text) => {
        stderr += text;
      },
      cwd: "/",
    });
    expect(code).toBe(2);
    expect(stderr).toBe("xxgk: internal error: disk full\n");
  });
});
