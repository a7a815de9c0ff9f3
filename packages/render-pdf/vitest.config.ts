import { packageTestConfig } from "../../vitest.shared.js";

// Rendering a PDF and running poppler take a few seconds on a busy machine.
export default packageTestConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
