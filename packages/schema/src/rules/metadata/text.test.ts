import { describe, expect, it } from "vitest";
import { normalise } from "./text.js";

/** What `normalise` is defined as: NFKC, then no white space. */
const reference = (text: string): string => text.normalize("NFKC").replace(/\s+/g, "");

describe("normalise", () => {
  it("equals NFKC without white space for every UTF-16 unit on its own", () => {
    const differing: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue; // lone surrogates
      const text = String.fromCharCode(unit);
      if (normalise(text) !== reference(text)) differing.push(unit.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it("equals NFKC without white space where characters combine or map to several", () => {
    const texts = [
      "２０２４年１月１日至１２月３１日",
      "本报告由 某某区 人民政府办公室\n编制。",
      "（一）主动公开情况：全年发布信息３，１１９条",
      "e\u0301 and ｶﾞ and ① and ㈠ and …",
      "Ａ\u0301",
      "\u3000行政复议\u00a0０件",
      "",
    ];
    for (const text of texts) expect(normalise(text)).toBe(reference(text));
  });
});
