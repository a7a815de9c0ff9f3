/**
 * The build every library package shares: ESM (plus CommonJS where a package asks for it), type
 * declarations, source maps, Node 20. Each package's tsup.config.ts passes only what differs.
 */
import { defineConfig, type Options } from "tsup";

export function packageBuildConfig(options: Options = {}) {
  return defineConfig({
    entry: ["src/index.ts"],
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "node",
    ...options,
  });
}
