import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "neutral",
  // The templates are precompiled into src/generated/templates.ts; only the handlebars runtime
  // is needed at render time, and it stays an external dependency.
  external: ["handlebars", "handlebars/runtime.js", "@xxgk/render-model", "@xxgk/schema"],
});
