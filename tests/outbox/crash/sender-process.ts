/**
 * The bot as deployed (createApp, system clock, outbox loop running), in a
 * process of its own so a test can kill -9 it mid-send. argv: DATABASE_URL.
 * Says "ready" over IPC once it listens.
 */
import { createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';

async function run(): Promise<void> {
  const databaseUrl = process.argv[2];
  if (databaseUrl === undefined) throw new Error('usage: sender-process <DATABASE_URL>');
  const config = loadConfig(
    { HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl },
    { envFile: null },
  );
  const app = await createApp(config);
  await app.listen();
  process.send?.('ready');
  process.once('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
