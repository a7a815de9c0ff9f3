import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@xxgk/source"] },
  ssr: { resolve: { conditions: ["@xxgk/source"] } },
  test: {
    include: ["src/**/*.test.ts"],
  },
});
