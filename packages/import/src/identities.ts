/**
 * The identities a table's own numbers obey, built from the edition registry: row totals and the
 * results sum and balance of table three, the group totals of table four. Used to decode
 * run-together digits, to orient blocks of numbers, and to settle blank addends that must be 0.
 */
import { childRows, dataRows, resultLeafRows, reviewGroups, type TableDefinition } from "@xxgk/schema";

export type CellRef = readonly [rowId: string, columnId: string];

/** sum(left) = sum(right), every cell a non-negative count. */
export interface Identity {
  readonly name: "row-total" | "results-sum" | "balance" | "group-total" | "collapsed-group";
  /** The left side is a printed total (never filled from blanks unless its column is reliable). */
  readonly leftIsTotal?: boolean;
  readonly left: readonly CellRef[];
  readonly right: readonly CellRef[];
}

const TOTAL_COLUMN = "total";
const RESULTS_TOTAL = "resultsTotal";

const identityCache = new WeakMap<TableDefinition, Map<string, Identity[]>>();

/**
 * Identities of a table (`collapsed` names group rows printed as one row of their own). Computed
 * once per table definition and layout: the result is shared and must not be changed.
 */
export function tableIdentities(table: TableDefinition, collapsed: readonly string[] = []): Identity[] {
  let byLayout = identityCache.get(table);
  if (byLayout === undefined) {
    byLayout = new Map();
    identityCache.set(table, byLayout);
  }
  const key = collapsed.join(",");
  let identities = byLayout.get(key);
  if (identities === undefined) {
    identities = buildIdentities(table, collapsed);
    byLayout.set(key, identities);
  }
  return identities;
}

function buildIdentities(table: TableDefinition, collapsed: readonly string[]): Identity[] {
  const identities: Identity[] = [];
  const rows = rowsWithCollapsed(table, collapsed);
  if (table.id === "applications") {
    const parts = table.columns.filter((column) => column.id !== TOTAL_COLUMN).map((column) => column.id);
    for (const row of rows) {
      identities.push({ name: "row-total", leftIsTotal: true, left: [[row, TOTAL_COLUMN]], right: parts.map((column) => [row, column] as const) });
    }
    const leaves = resultLeafRows(table).map((row) => row.id);
    for (const column of table.columns) {
      identities.push({
        name: "results-sum",
        leftIsTotal: true,
        left: [[RESULTS_TOTAL, column.id]],
        right: leaves.map((row) => [row, column.id] as const),
      });
      const head = dataRows(table).slice(0, 2).map((row) => row.id);
      const tail = dataRows(table).slice(-1).map((row) => row.id);
      identities.push({
        name: "balance",
        left: head.map((row) => [row, column.id] as const),
        right: [[RESULTS_TOTAL, column.id], ...tail.map((row) => [row, column.id] as const)],
      });
      for (const group of collapsed) {
        identities.push({
          name: "collapsed-group",
          left: [[group, column.id]],
          right: childRows(table, group).map((row) => [row.id, column.id] as const),
        });
      }
    }
  } else if (table.id === "reviewAndLitigation") {
    const row = dataRows(table)[0]!.id;
    for (const group of reviewGroups) {
      const columns = table.columns.filter((column) => column.id.startsWith(group.prefix) && column.id.slice(group.prefix.length).match(/^[A-Z]/u));
      const total = columns.at(-1)!;
      identities.push({
        name: "group-total",
        leftIsTotal: true,
        left: [[row, total.id]],
        right: columns.slice(0, -1).map((column) => [row, column.id] as const),
      });
    }
  }
  return identities;
}

/** The rows printed in a layout where the `collapsed` groups are printed as one row. */
export function rowsWithCollapsed(table: TableDefinition, collapsed: readonly string[]): string[] {
  const out: string[] = [];
  for (const row of table.rows) {
    if (collapsed.includes(row.id)) out.push(row.id);
    else if (row.hasCells && !(row.parent !== undefined && collapsed.includes(row.parent))) out.push(row.id);
  }
  return out;
}

export type Grid = Map<string, (number | string | null)[]>;

function valueOf(grid: Grid, columns: readonly string[], ref: CellRef): number | null | undefined {
  const values = grid.get(ref[0]);
  if (values === undefined) return undefined;
  const value = values[columns.indexOf(ref[1])];
  return typeof value === "number" ? value : value === null || value === undefined ? null : undefined;
}

/** Whether every identity whose cells are all filled holds. Returns the number broken. */
export function brokenIdentities(grid: Grid, columns: readonly string[], identities: readonly Identity[]): number {
  let broken = 0;
  for (const identity of identities) {
    const status = check(grid, columns, identity);
    if (status === false) broken++;
  }
  return broken;
}

/** `true` holds, `false` broken, `undefined` not checkable (blank cells). */
export function check(grid: Grid, columns: readonly string[], identity: Identity): boolean | undefined {
  let left = 0;
  let right = 0;
  for (const ref of identity.left) {
    const value = valueOf(grid, columns, ref);
    if (value === null || value === undefined) return undefined;
    left += value;
  }
  for (const ref of identity.right) {
    const value = valueOf(grid, columns, ref);
    if (value === null || value === undefined) return undefined;
    right += value;
  }
  return Math.abs(left - right) < 1e-9;
}

function sideState(grid: Grid, columns: readonly string[], side: readonly CellRef[]) {
  let sum = 0;
  const blanks: CellRef[] = [];
  let unknown = false;
  for (const ref of side) {
    const value = valueOf(grid, columns, ref);
    if (value === undefined) unknown = true;
    else if (value === null) blanks.push(ref);
    else sum += value;
  }
  return { sum, blanks, unknown };
}

function forceZeros(
  grid: Grid,
  columns: readonly string[],
  identities: readonly Identity[],
  allowTotals: boolean,
  excluded: ReadonlySet<string>,
  set: CellRef[],
): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const identity of identities) {
      const left = sideState(grid, columns, identity.left);
      const right = sideState(grid, columns, identity.right);
      if (left.unknown || right.unknown) continue;
      const pairs: [typeof left, typeof right, boolean][] = [
        [left, right, true],
        [right, left, allowTotals || !identity.leftIsTotal],
      ];
      for (const [full, open, fillable] of pairs) {
        if (!fillable || full.blanks.length > 0 || open.blanks.length === 0 || Math.abs(full.sum - open.sum) > 1e-9) continue;
        const cells = open.blanks.filter(([, column]) => !excluded.has(column));
        if (cells.length !== open.blanks.length) continue;
        for (const [row, column] of cells) {
          grid.get(row)![columns.indexOf(column)] = 0;
          set.push([row, column]);
        }
        changed = true;
      }
    }
  }
}

/**
 * Blank cells settled as 0 by the identities (each cell a non-negative count):
 * 1. blank addends whose printed total is already reached by the printed addends;
 * 2. then blank totals whose addends are all 0, except in "unfilled" columns — columns where a
 *    blank total is provably not 0 (the publisher left the column unfilled, it does not mean 0);
 * 3. when the table writes 0 as blank (every blank settled so far was 0), the remaining blanks
 *    that can be 0 without breaking an identity (outside unfilled columns) — `byConvention`.
 */
export function zeroForcedBlanks(
  grid: Grid,
  columns: readonly string[],
  identities: readonly Identity[],
): { forced: CellRef[]; byConvention: CellRef[] } {
  const forced: CellRef[] = [];
  forceZeros(grid, columns, identities, false, new Set(), forced);
  const unfilled = new Set<string>();
  for (const identity of identities) {
    if (!identity.leftIsTotal) continue;
    const left = sideState(grid, columns, identity.left);
    const right = sideState(grid, columns, identity.right);
    if (left.unknown || right.unknown || right.blanks.length > 0) continue;
    if (left.blanks.length === 1 && right.sum !== 0) unfilled.add(left.blanks[0]![1]);
  }
  forceZeros(grid, columns, identities, true, unfilled, forced);
  const byConvention: CellRef[] = [];
  if (forced.length > 0) {
    const before = brokenIdentities(grid, columns, identities);
    const tentative: CellRef[] = [];
    for (const [row, values] of grid) {
      values.forEach((value, index) => {
        if (value === null && !unfilled.has(columns[index]!)) {
          values[index] = 0;
          tentative.push([row, columns[index]!]);
        }
      });
    }
    if (tentative.length > 0) {
      const broken = identities.filter((identity) => check(grid, columns, identity) === false);
      const revert = new Set<string>();
      for (const identity of broken) for (const [row, column] of [...identity.left, ...identity.right]) revert.add(`${row}\u0000${column}`);
      for (const [row, column] of tentative) {
        if (revert.has(`${row}\u0000${column}`)) grid.get(row)![columns.indexOf(column)] = null;
        else byConvention.push([row, column]);
      }
      if (brokenIdentities(grid, columns, identities) > before) {
        for (const [row, column] of byConvention) grid.get(row)![columns.indexOf(column)] = null;
        byConvention.length = 0;
      }
    }
  }
  return { forced, byConvention };
}
