import { postgresClientConfig, type DatabaseTarget } from './database-url';
import { CLIENT_OPTIONS } from './client-options';
import type { PrismaClient, Prisma } from './generated/sqlite/client';

/**
 * A Prisma client on PostgreSQL, typed as the SQLite client. Both are generated
 * from the same models (scripts/generate-prisma.js changes only the provider), so
 * the API the code uses is the same; the SQLite type keeps code off
 * PostgreSQL-only features. Loaded on demand so SQLite deployments skip pg.
 */
export async function createPostgresClient(
  target: Extract<DatabaseTarget, { provider: 'postgresql' }>,
  log: readonly Prisma.LogLevel[],
): Promise<PrismaClient> {
  const [{ PrismaPg }, generated] = await Promise.all([
    import('@prisma/adapter-pg'),
    import('./generated/postgres/client'),
  ]);
  // The schema option qualifies the client's table names; search_path covers raw SQL.
  const adapter = new PrismaPg(
    postgresClientConfig(target),
    target.schema === undefined ? undefined : { schema: target.schema },
  );
  const client = new generated.PrismaClient({ adapter, log: [...log], ...CLIENT_OPTIONS });
  return client as unknown as PrismaClient;
}
