/**
 * Rows of several models from one raw query. Prisma reads each relation of an
 * `include` with a statement of its own, and on SQLite each statement costs
 * about 0.2 ms of the one thread (rendering, preparing, mapping): on the hot
 * path of every turn (who acts, in which cell) and of every press (the motion
 * and the voter's attendance) one join does the work of four or five.
 *
 * The columns are Prisma's own field lists, so a column added to the schema is
 * read too, and the values come back typed as Prisma types them (dates as
 * Date, booleans as boolean on both providers: tests/store/joined-rows.test.ts
 * compares them with Prisma's own rows).
 */
import { Prisma } from './generated/sqlite/client';
import type { Cell, Meeting, Member, Motion, Opinion } from './rows';

const FIELDS = {
  Cell: Object.values(Prisma.CellScalarFieldEnum),
  Member: Object.values(Prisma.MemberScalarFieldEnum),
  Meeting: Object.values(Prisma.MeetingScalarFieldEnum),
  Motion: Object.values(Prisma.MotionScalarFieldEnum),
  Opinion: Object.values(Prisma.OpinionScalarFieldEnum),
} as const;

interface RowTypes {
  Cell: Cell;
  Member: Member;
  Meeting: Meeting;
  Motion: Motion;
  Opinion: Opinion;
}

export type JoinedModel = keyof RowTypes;

/** A raw row of a join: each model's columns under "alias.field". */
export type JoinedRow = Readonly<Record<string, unknown>>;

// Aliases are ours (code, never input): letters only keeps them safe to splice into SQL.
function checkAlias(alias: string): string {
  if (!/^[a-z]+$/.test(alias)) throw new Error(`joined rows: bad table alias "${alias}"`);
  return alias;
}

/**
 * The model's columns from the table aliased `alias`, each named "alias.field" (for a SELECT list). Built on each
 * call: about 1.3 µs, some 10 µs of a press's 5 ms of CPU, so a module-level cache of them did not pay for itself.
 */
export function columnsOf(model: JoinedModel, alias: string): Prisma.Sql {
  const a = checkAlias(alias);
  return Prisma.raw(FIELDS[model].map((field) => `${a}."${field}" AS "${a}.${field}"`).join(', '));
}

/** The model's row out of a joined row; null when the join found none (its id is null). */
export function rowOf<M extends JoinedModel>(row: JoinedRow, model: M, alias: string): RowTypes[M] | null {
  if (row[`${alias}.id`] === null || row[`${alias}.id`] === undefined) return null;
  const picked: Record<string, unknown> = {};
  for (const field of FIELDS[model]) picked[field] = row[`${alias}.${field}`];
  // The fields are the model's own and the values typed by Prisma (see above).
  return picked as unknown as RowTypes[M];
}

/** A piece of SQL to splice into a raw query (Prisma's tagged template: values become parameters). */
export const sqlFragment = Prisma.sql;
