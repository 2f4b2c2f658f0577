"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The composition root: read the configuration once, start the app, say loudly
 * which development switches are on, and shut down gracefully on a signal.
 */
const app_1 = require("./app");
const config_1 = require("./config");
const seed_1 = require("./features/demo/seed");
const ports_1 = require("./features/ports");
const log_1 = require("./log");
function readConfig() {
    try {
        return (0, config_1.loadConfig)();
    }
    catch (error) {
        if (!(error instanceof config_1.ConfigError))
            throw error;
        console.error(`chibo-bot cannot start.\n${error.message}\nSee .env.example for every variable and its form.`);
        process.exit(1);
    }
}
/** A framed block on stderr: JSON log lines are for machines, this is for the person at the terminal. */
function shout(lines) {
    const width = Math.max(...lines.map((line) => line.length));
    const rule = '!'.repeat(width + 4);
    console.error([rule, ...lines.map((line) => `! ${line.padEnd(width)} !`), rule].join('\n'));
}
function announce(config, url, logger) {
    logger.info({ url, mode: config.mode, database: config.databaseProvider }, `chibo-bot listening on ${url}`);
    for (const warning of config.warnings)
        logger.warn({}, warning);
    const loud = [];
    if (config.microsoftApp.appId === undefined) {
        loud.push('DEVELOPMENT MODE: Bot Framework authentication is OFF (no MicrosoftAppId)');
    }
    if (config.playgroundEnabled)
        loud.push(`Playground: ${url}/playground (development feature)`);
    if (config.mode === 'production' && config.playgroundEnabled)
        loud.push('WARNING: the playground is enabled in production');
    for (const line of loud)
        logger.warn({}, line);
    if (loud.length > 0)
        shout(loud);
}
/** First signal: graceful close then exit 0. A second signal: exit at once. */
function handleSignals(app, logger) {
    let stopping = false;
    const onSignal = (signal) => {
        if (stopping) {
            logger.warn({ signal }, 'second signal: exiting immediately');
            process.exit(1);
        }
        stopping = true;
        logger.info({ signal }, 'signal received: closing gracefully (send it again to exit at once)');
        app.close().then(() => process.exit(0), (error) => {
            logger.error({ err: error }, 'graceful shutdown failed');
            process.exit(1);
        });
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
}
/** A first development start on an empty database gets the demo cell, so the playground has someone to be. */
async function seedForNewcomers(app, config, logger) {
    if (config.mode !== 'development' || !config.playgroundEnabled)
        return;
    const seeded = await (0, seed_1.seedDemoIfEmpty)(app.db, ports_1.systemClock);
    if (seeded)
        logger.info({ cellId: seeded.cellId }, 'empty database: seeded the demo cell for the playground');
}
async function main() {
    const config = readConfig();
    const logger = (0, log_1.createLogger)(config);
    const app = await (0, app_1.createApp)(config, { logger });
    handleSignals(app, logger);
    await seedForNewcomers(app, config, logger);
    const { url } = await app.listen();
    announce(config, url, logger);
}
main().catch((error) => {
    // Startup failed (database unreachable, port in use…): say why, without pretending to be a config problem.
    console.error('chibo-bot failed to start:', error instanceof Error ? error.message : error);
    process.exit(1);
});
//# sourceMappingURL=main.js.map