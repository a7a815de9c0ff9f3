/**
 * The rule table of the package README (between the `rules-status` markers), generated from the
 * catalogue and the registry so it cannot drift: `pnpm --filter @xxgk/schema rules-table` writes it.
 */
import { catalogue } from "./catalogue.js";
import { rules } from "./registry.js";

export function rulesReadmeTable(): string {
  const implemented = new Map(rules.map((rule) => [rule.id, rule]));
  const lines = [
    `${implemented.size} of the catalogue's ${catalogue.length} rules are implemented.`,
    "",
    "| rule | kind | severity | applies to | checks |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const entry of catalogue) {
    const rule = implemented.get(entry.id);
    lines.push(
      `| \`${entry.id}\` | ${entry.kind} | ${entry.severity} | ${entry.appliesTo} | ${rule === undefined ? "**not implemented yet**" : rule.title.en} |`,
    );
  }
  return lines.join("\n");
}
