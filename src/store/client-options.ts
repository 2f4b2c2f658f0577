/** Options both Prisma clients (SQLite and PostgreSQL) are created with. */
import type { Prisma } from './generated/sqlite/client';

/**
 * Any format but 'minimal' makes Prisma capture a stack trace (new Error) on
 * every query, to point at the caller in a failed query's message: about half
 * a millisecond per vote in a burst. Our errors are logged with their own stack
 * and request id, so the short message is enough.
 */
export const PRISMA_ERROR_FORMAT = 'minimal' as const;

/**
 * Interactive transactions wait for the SQLite write lock or a PostgreSQL pool
 * connection. Prisma's defaults (2 s to start, 5 s to finish) turned a burst of
 * 1,000 ballots on PostgreSQL into 400 refused presses: a late answer is better
 * than a press the member must repeat, so a transaction may wait longer to
 * start. It must still finish in bounded time (a stuck one gives its lock back).
 */
export const TRANSACTION_OPTIONS = {
  maxWait: 30_000,
  timeout: 20_000,
} as const satisfies Prisma.PrismaClientOptions['transactionOptions'];

/** The options of both clients, besides the adapter and the log levels. */
export const CLIENT_OPTIONS = { errorFormat: PRISMA_ERROR_FORMAT, transactionOptions: TRANSACTION_OPTIONS } as const;
