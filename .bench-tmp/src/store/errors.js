"use strict";
/** Recognising the database errors the features handle (Prisma codes, same on both providers). */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isUniqueViolation = isUniqueViolation;
exports.isWriteConflict = isWriteConflict;
function prismaCode(error) {
    if (typeof error !== 'object' || error === null || !('code' in error))
        return undefined;
    const code = error.code;
    return typeof code === 'string' ? code : undefined;
}
/** A unique constraint refused the write (P2002): someone else wrote the same key first. */
function isUniqueViolation(error) {
    return prismaCode(error) === 'P2002';
}
/**
 * The row changed under us: an optimistic `where` matched nothing (P2025), a
 * serialization failure (P2034), or SQLite being busy.
 */
function isWriteConflict(error) {
    const code = prismaCode(error);
    if (code === 'P2025' || code === 'P2034')
        return true;
    return error instanceof Error && /SQLITE_BUSY|database is locked/i.test(error.message);
}
//# sourceMappingURL=errors.js.map