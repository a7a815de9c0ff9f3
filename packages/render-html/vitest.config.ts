import { packageTestConfig } from "../../vitest.shared.js";

// The browser tests start Chromium; give them room on slow CI machines.
export default packageTestConfig({ testTimeout: 60_000, hookTimeout: 120_000 });
