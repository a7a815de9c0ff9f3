import { packageBuildConfig } from "../../tsup.shared.js";

export default packageBuildConfig({
  platform: "neutral",
  // The templates are precompiled into src/generated/templates.ts; only the handlebars runtime
  // is needed at render time, and it stays an external dependency.
  external: ["handlebars", "handlebars/runtime.js", "@xxgk/render-model", "@xxgk/schema"],
});
