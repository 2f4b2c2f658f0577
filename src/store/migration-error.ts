/** Why the store refused to start or to migrate. Operational, not shown to members. */
export type MigrationErrorCode =
  | 'migration.folder_invalid'
  | 'migration.failed_earlier'
  | 'migration.checksum_mismatch'
  | 'migration.unknown_applied'
  | 'migration.apply_failed'
  | 'migration.lock_timeout';

/** A migration problem with a stable code; the message says what to do about it. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';

  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
  }
}
