"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.REDACTED_PATHS = void 0;
exports.createLogger = createLogger;
/**
 * Structured logs: pino JSON lines on stdout. Secrets are redacted by path so a
 * careless `logger.info({ headers })` or `logger.info({ config })` leaks nothing.
 */
const pino_1 = __importDefault(require("pino"));
/** Paths whose values never reach the log (pino redaction syntax, `*` = one level). */
exports.REDACTED_PATHS = [
    'authorization',
    'headers.authorization',
    'headers.cookie',
    '*.headers.authorization',
    '*.headers.cookie',
    'MicrosoftAppPassword',
    '*.MicrosoftAppPassword',
    'appPassword',
    '*.appPassword',
    '*.*.appPassword',
    'password',
    '*.password',
    'accessToken',
    '*.accessToken',
    'refreshToken',
    '*.refreshToken',
];
/** Creates the process logger; `destination` lets tests capture the lines. */
function createLogger(config, destination) {
    const options = {
        level: config.logLevel,
        base: { service: 'chibo-bot' },
        timestamp: pino_1.default.stdTimeFunctions.isoTime,
        redact: { paths: [...exports.REDACTED_PATHS], censor: '[redacted]' },
        formatters: { level: (label) => ({ level: label }) },
    };
    return destination === undefined ? (0, pino_1.default)(options) : (0, pino_1.default)(options, destination);
}
//# sourceMappingURL=log.js.map