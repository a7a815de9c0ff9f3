/**
 * renderHtml / renderHtmlFragment: a report (or its render model) → HTML, through the precompiled
 * templates in an isolated handlebars runtime environment.
 */
import runtime from "handlebars/runtime.js";
import {
  buildRenderModel,
  RENDER_MODEL_VERSION,
  type RenderModel,
  type RenderModelOptions,
} from "@xxgk/render-model";
import type { Report } from "@xxgk/schema";
import { templateSpecs } from "./generated/templates.js";
import { helperFunctions, helperNames } from "./helpers.js";
import { reportView, type ReportView } from "./view.js";

/** The part of the handlebars runtime API that render-html uses. */
interface TemplateFunction {
  (context: unknown, options?: { data?: unknown }): string;
}
interface HandlebarsEnvironment {
  create(): HandlebarsEnvironment;
  template(spec: unknown): TemplateFunction;
  registerHelper(name: string, fn: (first: unknown, second: unknown) => unknown): void;
  registerPartial(name: string, partial: TemplateFunction): void;
  SafeString: new (markup: string) => unknown;
  VERSION: string;
}

const handlebarsRuntime = runtime as unknown as HandlebarsEnvironment;

export interface RenderHtmlOptions {
  /** Options for `buildRenderModel` when a report (not a model) is given. */
  readonly model?: RenderModelOptions;
}

export interface RenderHtmlFragmentOptions extends RenderHtmlOptions {
  /**
   * Print the scoped `<style>` element before the report (default `true`). Set `false` when the
   * CMS loads `fragmentStylesheet()` itself.
   */
  readonly styles?: boolean;
}

/** A renderer with its own handlebars environment; `createHtmlRenderer()` makes one. */
export interface HtmlRenderer {
  renderHtml(input: Report | RenderModel, options?: RenderHtmlOptions): string;
  renderHtmlFragment(input: Report | RenderModel, options?: RenderHtmlFragmentOptions): string;
  fragmentStylesheet(): string;
}

function isRenderModel(input: Report | RenderModel): input is RenderModel {
  return typeof input === "object" && input !== null && "modelVersion" in input && "blocks" in input;
}

function toModel(input: Report | RenderModel, options: RenderHtmlOptions): RenderModel {
  if (isRenderModel(input)) {
    if (input.modelVersion !== RENDER_MODEL_VERSION) {
      throw new TypeError(`render-html: render model version ${String(input.modelVersion)} is not supported (expected ${RENDER_MODEL_VERSION})`);
    }
    return input;
  }
  return buildRenderModel(input, options.model ?? {});
}

/**
 * A fresh renderer: a private handlebars environment (`Handlebars.create()` of the runtime build)
 * with the render-html helpers and the precompiled templates. Nothing is registered on the shared
 * default handlebars instance and no template is compiled at run time.
 */
export function createHtmlRenderer(): HtmlRenderer {
  const handlebars = handlebarsRuntime.create();
  for (const name of helperNames) {
    const helper = helperFunctions[name];
    const { SafeString } = handlebars;
    // The helpers escape their own input; only their result is marked safe.
    handlebars.registerHelper(name, (first: unknown, second: unknown) => new SafeString(helper(first, second)));
  }
  const templates = new Map<string, TemplateFunction>();
  for (const [name, spec] of Object.entries(templateSpecs)) {
    const template = handlebars.template(spec);
    templates.set(name, template);
    handlebars.registerPartial(name, template);
  }
  const get = (name: string): TemplateFunction => {
    const template = templates.get(name);
    if (template === undefined) throw new Error(`render-html: template ${name} is missing from src/generated/templates.ts`);
    return template;
  };
  const page = get("page");
  const fragment = get("fragment");
  const styles = get("styles");

  return {
    renderHtml(input, options = {}) {
      const report: ReportView = reportView(toModel(input, options));
      return page({ report });
    },
    renderHtmlFragment(input, options = {}) {
      const report: ReportView = reportView(toModel(input, options));
      return fragment({ report, includeStyles: options.styles ?? true });
    },
    fragmentStylesheet() {
      return styles({});
    },
  };
}

let defaultRenderer: HtmlRenderer | undefined;

/** The renderer the top-level functions share: created on first use, immutable afterwards. */
function shared(): HtmlRenderer {
  defaultRenderer ??= createHtmlRenderer();
  return defaultRenderer;
}

/**
 * A standalone HTML page of the report: `lang="zh-CN"`, `<meta charset>`, styles inline, print CSS
 * for A4, and no external resource of any kind.
 */
export function renderHtml(input: Report | RenderModel, options: RenderHtmlOptions = {}): string {
  return shared().renderHtml(input, options);
}

/**
 * An HTML fragment for a portal CMS: no `<html>`, `<head>` or `<body>`; an optional `<style>` whose
 * every selector starts with `.xxgk-report`, then `<article class="xxgk-report">`. Every class name
 * starts with `xxgk-`.
 */
export function renderHtmlFragment(input: Report | RenderModel, options: RenderHtmlFragmentOptions = {}): string {
  return shared().renderHtmlFragment(input, options);
}

/** The fragment's CSS (every selector under `.xxgk-report`), for CMSs that load styles themselves. */
export function fragmentStylesheet(): string {
  return shared().fragmentStylesheet();
}
