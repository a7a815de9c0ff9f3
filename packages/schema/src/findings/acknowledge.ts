/**
 * Acknowledgements: findings a reviewer has accepted, matched by code and path.
 */
import { z } from "zod";
import { formatPath } from "../report/parse.js";
import type { Acknowledgement, Finding } from "./types.js";

/** The acknowledge file: `{ "acknowledgements": [{ "code", "path", "reason" }] }`. */
export const acknowledgementFileSchema = z.strictObject({
  $schema: z.string().optional(),
  acknowledgements: z.array(
    z.strictObject({
      code: z.string().min(1),
      path: z.union([z.string(), z.array(z.union([z.string(), z.number()]))]),
      reason: z.string().min(1),
    }),
  ),
});

export type AcknowledgementFile = z.infer<typeof acknowledgementFileSchema>;

function pathKey(path: Acknowledgement["path"]): string {
  return typeof path === "string" ? path : formatPath(path);
}

/** Marks the findings that an acknowledgement matches (same code and same path). */
export function applyAcknowledgements(
  findings: readonly Finding[],
  acknowledgements: readonly Acknowledgement[],
): Finding[] {
  if (acknowledgements.length === 0) return [...findings];
  const byKey = new Map(acknowledgements.map((ack) => [`${ack.code} ${pathKey(ack.path)}`, ack]));
  return findings.map((finding) => {
    const ack = byKey.get(`${finding.code} ${formatPath(finding.path)}`);
    return ack === undefined ? finding : { ...finding, acknowledged: { reason: ack.reason } };
  });
}
