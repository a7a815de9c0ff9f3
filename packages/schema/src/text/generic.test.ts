import { describe, expect, it } from "vitest";
import { judgeGeneric, splitItems } from "./generic.js";

describe("part-五 items", () => {
  it("splits 沭阳县发改局 2023 problems at ；", () => {
    const items = splitItems(
      "各科室人员信息公开意识有所松懈，部门文件、新政策发布及解读工作主动性不强；政民互动栏目网民留言回复效率有待提高；信息公开队伍专业化能力建设有待进一步提升。",
    );
    expect(items).toEqual([
      "各科室人员信息公开意识有所松懈，部门文件、新政策发布及解读工作主动性不强",
      "政民互动栏目网民留言回复效率有待提高",
      "信息公开队伍专业化能力建设有待进一步提升",
    ]);
    expect(items.map((item) => judgeGeneric(item).generic)).toEqual([false, false, true]);
  });

  it("keeps a numbered point with its explanation (上海 2025)", () => {
    const items = splitItems(
      "一是进一步提升政策公开质效。以政府公报数字化改革为抓手，加大政策文件集成发布力度；持续深化政策公开“政社合作”机制探索。",
    );
    expect(items).toHaveLength(1);
    expect(judgeGeneric(items[0] ?? "").generic).toBe(false);
  });

  it("numbers and named things make an item concrete", () => {
    expect(judgeGeneric("业务培训有待加强").generic).toBe(true);
    expect(judgeGeneric("全年仅开展业务培训1次，有待加强").generic).toBe(false);
    expect(judgeGeneric("《条例》学习有待加强").generic).toBe(false);
  });
});
