/**
 * The composition root: read the configuration once, start the app, say loudly
 * which development switches are on, and shut down gracefully on a signal.
 */
import { createApp, type App } from './app';
import { ConfigError, loadConfig, unauthenticatedParts, type Config } from './config';
import { isLoopbackHost } from './config-helpers';
import { seedDemoIfEmpty } from './features/demo/seed';
import { systemClock, type Logger } from './features/ports';
import { createLogger } from './log';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`chibo-bot cannot start.\n${error.message}\nSee .env.example for every variable and its form.`);
    process.exit(1);
  }
}

/** A framed block on stderr: JSON log lines are for machines, this is for the person at the terminal. */
function shout(lines: readonly string[]): void {
  const width = Math.max(...lines.map((line) => line.length));
  const rule = '!'.repeat(width + 4);
  console.error([rule, ...lines.map((line) => `! ${line.padEnd(width)} !`), rule].join('\n'));
}

// Each development switch is said once, in the box; the log line carries it as a field for machines.
function announce(config: Config, url: string, logger: Logger): void {
  const authentication = config.microsoftApp.appId === undefined ? 'off' : 'on';
  logger.info(
    { url, mode: config.mode, database: config.databaseProvider, authentication, playground: config.playgroundEnabled },
    `chibo-bot listening on ${url}`,
  );
  for (const warning of config.warnings) logger.warn({}, warning);
  const loud: string[] = [];
  if (authentication === 'off') {
    loud.push('DEVELOPMENT MODE: Bot Framework authentication is OFF (no MicrosoftAppId), fine on this machine.');
    loud.push('To serve Teams, set MicrosoftAppId and its secret and tenant (docs/deploy.md).');
  }
  if (config.playgroundEnabled) loud.push(`Playground: ${url}/playground (development feature)`);
  if (config.mode === 'production' && config.playgroundEnabled)
    loud.push('WARNING: the playground is enabled in production');
  const open = unauthenticatedParts(config);
  if (open.length > 0 && !isLoopbackHost(config.host)) {
    // Config refuses this unless ALLOW_UNAUTHENTICATED_NETWORK=true: say so at every start.
    loud.push(
      `WARNING: ALLOW_UNAUTHENTICATED_NETWORK=true and HOST=${config.host}: anyone on the network can act as any member`,
      ...open.map((part) => `  - ${part}`),
    );
    // Also in the log stream: a service's stderr box may never be read.
    logger.warn(
      { host: config.host, open },
      'unauthenticated parts reachable from the network (ALLOW_UNAUTHENTICATED_NETWORK=true)',
    );
  }
  if (loud.length > 0) shout(loud);
}

/** First signal: graceful close then exit 0. A second signal: exit at once. */
function handleSignals(app: App, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting immediately');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'signal received: closing gracefully (send it again to exit at once)');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'graceful shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/** A first development start on an empty database gets the demo cell, so the playground has someone to be. */
async function seedForNewcomers(app: App, config: Config, logger: Logger): Promise<void> {
  if (config.mode !== 'development' || !config.playgroundEnabled) return;
  const seeded = await seedDemoIfEmpty(app.db, systemClock);
  if (seeded) logger.info({ cellId: seeded.cellId }, 'empty database: seeded the demo cell for the playground');
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config);
  const app = await createApp(config, { logger });
  handleSignals(app, logger);
  await seedForNewcomers(app, config, logger);
  const { url } = await app.listen();
  announce(config, url, logger);
}

main().catch((error: unknown) => {
  // Startup failed (database unreachable, port in use…): say why, without pretending to be a config problem.
  console.error('chibo-bot failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
