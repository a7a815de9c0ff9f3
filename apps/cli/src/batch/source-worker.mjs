// The batch worker when xxgk runs from source (tests, `pnpm xxgk`): worker threads on Node 20 do not
// run the parent's `--import tsx`, so this plain-JS entry registers tsx and loads worker.ts. The
// pool starts it with `--conditions=@xxgk/source`, so workspace packages resolve to their src/.
import { register } from "tsx/esm/api";

register();
const worker = await import(new URL("./worker.ts", import.meta.url).href);

export default worker.default;
