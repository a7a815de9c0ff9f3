import { packageBuildConfig } from "../../tsup.shared.js";

export default packageBuildConfig({
  // Two entries: the bin (its `#!/usr/bin/env node` line is kept and the file made executable) and
  // the batch worker, which the bin's pool starts as `./batch-worker.js` beside itself.
  entry: { bin: "src/bin.ts", "batch-worker": "src/batch/worker.ts" },
  dts: false,
});
