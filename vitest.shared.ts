/**
 * The vitest settings every package shares: run from source through the `@xxgk/source` export
 * condition, and write a JSON result file that `scripts/test-all.mjs` adds up for its closing line.
 */
import { defineConfig, type ViteUserConfig } from "vitest/config";

export function packageTestConfig(test: NonNullable<ViteUserConfig["test"]> = {}): ViteUserConfig {
  return defineConfig({
    resolve: { conditions: ["@xxgk/source"] },
    ssr: { resolve: { conditions: ["@xxgk/source"] } },
    test: {
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      reporters: ["default", ["json", { outputFile: ".artifacts/vitest-results.json" }]],
      // Tests assert outcomes, never time: a loaded 2-core CI machine must not fail them.
      testTimeout: 30_000,
      ...test,
    },
  });
}
