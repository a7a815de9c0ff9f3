/** Names and shapes of the precompiled templates (see scripts/precompile.ts). */

/** A template precompiled by handlebars: an object of functions the runtime turns into a template. */
export interface TemplateSpec {
  readonly compiler: readonly [number, string];
  readonly main: unknown;
  readonly [key: string]: unknown;
}

/** Every template in src/templates, by file name without `.hbs`. */
export type TemplateSpecs = Readonly<Record<string, TemplateSpec>>;
