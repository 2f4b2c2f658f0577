/**
 * Prisma's error format for both clients. Any other format makes Prisma capture
 * a stack trace (new Error) on every query, to point at the caller in a failed
 * query's message: about half a millisecond per vote in a burst. Our errors are
 * logged with their own stack and request id, so the short message is enough.
 */
export const PRISMA_ERROR_FORMAT = 'minimal' as const;
