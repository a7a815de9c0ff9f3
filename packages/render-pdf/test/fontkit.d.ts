// fontkit ships no types; the tests only open a font and ask for glyphs.
declare module "fontkit" {
  export function openSync(path: string): unknown;
}
