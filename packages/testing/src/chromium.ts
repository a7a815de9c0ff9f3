/**
 * Debian's Chromium as the browser tests and benchmarks start it (through playwright-core; no
 * browser downloads): the executable and the launch flags that keep it off the network.
 */
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_LAUNCH_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
