import { defineConfig } from "tsup";

export default defineConfig({
  // One entry: the bin. Its `#!/usr/bin/env node` line is kept and the file made executable.
  entry: ["src/bin.ts"],
  format: ["esm"],
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
});
