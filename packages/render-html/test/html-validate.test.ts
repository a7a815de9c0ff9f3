/**
 * html-validate on both outputs of every report: the page as a whole document
 * (`html-validate:recommended` + `html-validate:document`), the fragment as a fragment
 * (`html-validate:recommended` only: no doctype, html, head or body expected).
 */
import { HtmlValidate, type ConfigData, type Message } from "html-validate";
import { describe, expect, it } from "vitest";
import { exampleReport, fixtureReports } from "@xxgk/testing/node";
import { renderHtml, renderHtmlFragment } from "../src/index.js";

const common: ConfigData = {
  root: true,
  extends: ["html-validate:recommended"],
};

const pageValidator = new HtmlValidate({ ...common, extends: ["html-validate:recommended", "html-validate:document"] });
const fragmentValidator = new HtmlValidate(common);

function describeMessages(messages: readonly Message[]): string[] {
  return messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`);
}

it("the validators do report errors (sanity check)", async () => {
  const broken = await fragmentValidator.validateString('<table><tr><th scope="sideways">x</th></tr></table><p onclick="x()">', "broken.html");
  expect(broken.valid).toBe(false);
  const noDoctype = await pageValidator.validateString('<html lang="zh-CN"><head><title>x</title></head><body></body></html>', "page.html");
  expect(noDoctype.valid).toBe(false);
});

describe.each([exampleReport(), ...fixtureReports()])("html-validate $name", ({ report }) => {
  it("page", async () => {
    const result = await pageValidator.validateString(renderHtml(report), "page.html");
    expect(describeMessages(result.results.flatMap((entry) => entry.messages))).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("fragment", async () => {
    const result = await fragmentValidator.validateString(renderHtmlFragment(report), "fragment.html");
    expect(describeMessages(result.results.flatMap((entry) => entry.messages))).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
