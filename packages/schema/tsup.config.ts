import { packageBuildConfig } from "../../tsup.shared.js";

// Dual build: other teams `require` the schema package too.
export default packageBuildConfig({ format: ["esm", "cjs"] });
