import { getEdition, getTable } from "@xxgk/schema";
import { describe, expect, it } from "vitest";
import { formatCell, formatChineseDate, formatNumber, isIsoDate } from "./format.js";

const e19 = getEdition("2019");
const e21 = getEdition("2021");
const count = getTable(e19, "applications").columns[0]!;
const signed = getTable(e19, "licensing").columns.find((column) => column.id === "changeThisYear")!;
const procurement = getTable(e19, "centralizedProcurement").columns.find((column) => column.id === "totalAmount")!;
const fees = getTable(e21, "administrativeFees").columns[0]!;

describe("formatCell", () => {
  it("keeps blank cells blank, never 0", () => {
    expect(formatCell(null, count)).toEqual({ text: "", value: null, unit: null, isText: false });
    expect(formatCell(undefined, signed).text).toBe("");
    expect(formatCell(0, count).text).toBe("0");
  });
  it("prints counts as plain digits and negative signed counts with a minus sign", () => {
    expect(formatCell(447228, count).text).toBe("447228");
    expect(formatCell(-417, signed).text).toBe("-417");
    expect(formatCell(12, signed).text).toBe("12");
  });
  it("prints amounts as written", () => {
    expect(formatCell("909.76万元", procurement)).toEqual({ text: "909.76万元", value: 909.76, unit: "万元", isText: false });
    expect(formatCell("251000元", procurement)).toMatchObject({ text: "251000元", unit: "元" });
    expect(formatCell(3802895.9, procurement)).toMatchObject({ text: "3802895.9", unit: null });
    expect(formatCell(5949.088667, fees)).toEqual({ text: "5949.088667", value: 5949.088667, unit: "万元", isText: false });
    expect(formatCell(20.3, fees).text).toBe("20.3");
  });
  it("never prints an exponent", () => {
    expect(formatNumber(1e20)).toBe("100000000000000000000");
    expect(formatNumber(0.0000001)).toBe("0.0000001");
    expect(formatNumber(-0)).toBe("0");
  });
});

describe("dates", () => {
  it("writes ISO dates the Chinese way", () => {
    expect(formatChineseDate("2021-01-29")).toBe("2021年1月29日");
    expect(formatChineseDate("2024-12-05")).toBe("2024年12月5日");
    expect(() => formatChineseDate("29.01.2021")).toThrow(RangeError);
  });
  it("recognises real ISO dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2023-2-1")).toBe(false);
  });
});
