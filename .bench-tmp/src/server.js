"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ApiError = void 0;
exports.requestContext = requestContext;
exports.createServer = createServer;
exports.toProblem = toProblem;
/**
 * The HTTP server: restify with a bounded body parser, a request id on every
 * request, `GET /healthz`, JSON errors without stacks, and an open list of
 * route modules (playground today; Teams and Zalo mount theirs the same way).
 */
const node_crypto_1 = require("node:crypto");
const restify_1 = __importDefault(require("restify"));
const errors_1 = require("./core/errors");
/** An expected HTTP failure with a stable code, sent as `{ error: { code, message } }`. */
class ApiError extends Error {
    status;
    code;
    constructor(status, code, message) {
        super(message);
        this.status = status;
        this.code = code;
        this.name = 'ApiError';
    }
}
exports.ApiError = ApiError;
// Per-request state lives on the request object itself, under a key no one else can use.
const CONTEXT = Symbol('chibo.requestContext');
const REQUEST_ID_HEADER = 'x-request-id';
// Accept a caller's correlation id only if it is short and harmless in logs.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** The context createServer attached to this request. */
function requestContext(req) {
    const context = req[CONTEXT];
    if (context === undefined)
        throw new Error('request context missing: this request did not pass createServer');
    return context;
}
/** Builds the restify server with the shared middleware, /healthz and the given route modules. */
function createServer(deps) {
    // Signed-link tokens (~230 characters) travel in the path; restify's default stops a :param at 100.
    const server = restify_1.default.createServer({ name: 'chibo-bot', log: restifyLog(deps.logger), ignoreTrailingSlash: true, maxParamLength: 1024 });
    server.pre(async (req, res) => {
        attachContext(req, res, deps.logger);
    });
    server.use(async (req) => guardBody(req, deps.config.bodyLimitBytes));
    server.use(restify_1.default.plugins.bodyParser({ maxBodySize: deps.config.bodyLimitBytes, mapParams: false, requestBodyOnGet: false }));
    server.use(restify_1.default.plugins.queryParser({ mapParams: false }));
    server.on('restifyError', (req, res, err, done) => {
        sendError(contextOf(req, res, deps.logger), res, err, deps.config.bodyLimitBytes);
        done();
    });
    server.on('after', (req, res) => logRequest(req, res, contextOf(req, res, deps.logger)));
    registerHealth(server, deps);
    for (const module of deps.routes ?? [])
        module.register(server);
    return server;
}
/** The request's context, attached now if the request failed before the `pre` chain ran. */
function contextOf(req, res, logger) {
    return req[CONTEXT] ?? attachContext(req, res, logger);
}
function attachContext(req, res, logger) {
    const offered = req.header(REQUEST_ID_HEADER);
    const requestId = typeof offered === 'string' && SAFE_REQUEST_ID.test(offered) ? offered : (0, node_crypto_1.randomUUID)();
    const context = { requestId, logger: logger.child({ requestId }) };
    req[CONTEXT] = context;
    if (!res.headersSent) {
        res.setHeader(REQUEST_ID_HEADER, requestId);
        res.setHeader('X-Content-Type-Options', 'nosniff');
    }
    return context;
}
/** Refuses a body whose declared length is over the limit before reading a byte of it, and any upload. */
async function guardBody(req, limit) {
    const declared = Number(req.header('content-length') ?? 0);
    if (declared > limit)
        throw tooLarge(limit);
    // restify hands multipart bodies to formidable, which writes files past the body limit; no route takes uploads.
    if (req.getContentType().startsWith('multipart/')) {
        throw new ApiError(415, 'request.unsupported_media_type', 'Multipart uploads are not accepted; send JSON.');
    }
}
function tooLarge(limit) {
    return new ApiError(413, 'request.too_large', `The request body exceeds ${limit} bytes (BODY_LIMIT_BYTES).`);
}
function registerHealth(server, deps) {
    const timeoutMs = deps.healthTimeoutMs ?? 2000;
    server.get('/healthz', async (req, res) => {
        res.setHeader('Cache-Control', 'no-store');
        try {
            await withTimeout(deps.checkDatabase(), timeoutMs);
            res.send(200, { status: 'ok', db: 'ok' });
        }
        catch (error) {
            requestContext(req).logger.error({ err: error }, 'health check: database unavailable');
            res.send(503, { status: 'unavailable', db: 'error', error: { code: 'db.unavailable', message: 'The database did not answer.' } });
        }
    });
}
async function withTimeout(work, ms) {
    let timer;
    const timeout = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    });
    try {
        return await Promise.race([work, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
function sendError(context, res, err, bodyLimit) {
    const problem = toProblem(err, bodyLimit, context.requestId);
    if (problem.status >= 500)
        context.logger.error({ err }, 'request failed');
    else
        context.logger.debug({ code: problem.code, status: problem.status }, 'request refused');
    if (res.headersSent)
        return;
    res.send(problem.status, { error: { code: problem.code, message: problem.message, requestId: context.requestId } });
}
/** Maps anything thrown to a status, a stable code and a message that never carries a stack. */
function toProblem(err, bodyLimit, requestId) {
    if (err instanceof ApiError)
        return err;
    if ((0, errors_1.isDomainError)(err))
        return { status: 422, code: err.code, message: err.userMessage('vi') };
    const status = statusOf(err);
    const name = err instanceof Error ? err.name : '';
    if (status === 413)
        return tooLarge(bodyLimit);
    if (name === 'InvalidContentError')
        return { status: 400, code: 'request.invalid_json', message: 'The request body is not valid JSON.' };
    if (status === 404)
        return { status, code: 'route.not_found', message: 'No such route.' };
    if (status === 405)
        return { status, code: 'route.method_not_allowed', message: 'This route does not accept that method.' };
    if (status === 415)
        return { status, code: 'request.unsupported_media_type', message: 'Unsupported content type or encoding.' };
    if (status !== undefined && status >= 400 && status < 500 && err instanceof Error) {
        return { status, code: 'request.invalid', message: err.message };
    }
    return { status: 500, code: 'internal', message: `Internal error; quote request id ${requestId} to the administrator.` };
}
function statusOf(err) {
    if (typeof err === 'object' && err !== null && 'statusCode' in err && typeof err.statusCode === 'number')
        return err.statusCode;
    return undefined;
}
function logRequest(req, res, { logger }) {
    const fields = { method: req.method, path: req.getPath(), status: res.statusCode, durationMs: Date.now() - req.time() };
    // Probes hit /healthz every few seconds; keep them out of the info stream.
    if (req.getPath() === '/healthz' && res.statusCode === 200)
        logger.debug(fields, 'request');
    else
        logger.info(fields, 'request');
}
/** Restify wants a bunyan-shaped logger; route its few messages into ours and drop its trace chatter. */
function restifyLog(logger) {
    const write = (level) => (fields, message) => {
        if (typeof fields === 'string')
            logger[level]({ source: 'restify' }, fields);
        else
            logger[level]({ source: 'restify', detail: fields }, message);
    };
    const adapter = { trace: () => undefined, debug: () => undefined, info: write('info'), warn: write('warn'), error: write('error'), child: () => adapter };
    // The typings name bunyan; restify itself only calls trace/info/warn/child.
    return adapter;
}
//# sourceMappingURL=server.js.map