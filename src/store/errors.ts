/** Recognising the database errors the features handle (Prisma codes, same on both providers). */

function prismaCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** What a raw query's failure (P2010) was, as the driver adapter classed it (the same names on both providers). */
function rawQueryFailureKind(error: unknown): string | undefined {
  if (prismaCode(error) !== 'P2010') return undefined;
  const kind = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta?.driverAdapterError
    ?.cause?.kind;
  return typeof kind === 'string' ? kind : undefined;
}

/** A unique constraint refused the write (P2002, or a raw query's): someone else wrote the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === 'P2002' || rawQueryFailureKind(error) === 'UniqueConstraintViolation';
}

/**
 * The row changed under us: an optimistic `where` matched nothing (P2025), a
 * serialization failure (P2034), or SQLite being busy.
 */
export function isWriteConflict(error: unknown): boolean {
  const code = prismaCode(error);
  if (code === 'P2025' || code === 'P2034') return true;
  return error instanceof Error && /SQLITE_BUSY|database is locked/i.test(error.message);
}
