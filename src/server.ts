/**
 * The HTTP server: restify with a bounded body parser, a request id on every
 * request, `GET /healthz`, JSON errors without stacks, and an open list of
 * route modules (playground today; Teams and Zalo mount theirs the same way).
 */
import { randomUUID } from 'node:crypto';
import restify from 'restify';
import type { Config } from './config';
import { isDomainError } from './core/errors';
import type { Logger } from './features/ports';
import { redactPath, redactUrl } from './log-redaction';

/** A group of routes mounted on the server (a channel, the tab, a test probe). */
export interface RouteModule {
  readonly name: string;
  /** Handlers must be `async (req, res)`: restify turns a rejection into a JSON error. */
  register(server: restify.Server): void;
}

export interface ServerDependencies {
  readonly config: Pick<Config, 'bodyLimitBytes'>;
  readonly logger: Logger;
  /** A trivial query against the database; rejects when it is unreachable. */
  readonly checkDatabase: () => Promise<void>;
  readonly routes?: readonly RouteModule[];
  /** How long /healthz waits for the database before answering 503. */
  readonly healthTimeoutMs?: number;
}

/** An expected HTTP failure with a stable code, sent as `{ error: { code, message } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What every handler may know about its request; lives on the request, not on the server. */
export interface RequestContext {
  readonly requestId: string;
  readonly logger: Logger;
}

// Per-request state lives on the request object itself, under a key no one else can use.
const CONTEXT = Symbol('chibo.requestContext');
type RequestWithContext = restify.Request & { [CONTEXT]?: RequestContext };
const REQUEST_ID_HEADER = 'x-request-id';
// Accept a caller's correlation id only if it is short and harmless in logs.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The context createServer attached to this request. */
export function requestContext(req: restify.Request): RequestContext {
  const context = (req as RequestWithContext)[CONTEXT];
  if (context === undefined) throw new Error('request context missing: this request did not pass createServer');
  return context;
}

/** Builds the restify server with the shared middleware, /healthz and the given route modules. */
export function createServer(deps: ServerDependencies): restify.Server {
  // Signed-link tokens (~230 characters) travel in the path; restify's default stops a :param at 100.
  const server = restify.createServer({
    name: 'chibo-bot',
    log: restifyLog(deps.logger),
    ignoreTrailingSlash: true,
    maxParamLength: 1024,
  });
  server.pre(async (req, res) => {
    attachContext(req, res, deps.logger);
  });
  server.use(async (req, res) => guardBody(req, res, deps.config.bodyLimitBytes));
  server.use(
    restify.plugins.bodyParser({ maxBodySize: deps.config.bodyLimitBytes, mapParams: false, requestBodyOnGet: false }),
  );
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.on('restifyError', (req: restify.Request, res: restify.Response, err: unknown, done: () => void) => {
    sendError(contextOf(req, res, deps.logger), res, err, deps.config.bodyLimitBytes);
    done();
  });
  server.on('after', (req: restify.Request, res: restify.Response) =>
    logRequest(req, res, contextOf(req, res, deps.logger)),
  );
  // restify re-emits the http server's 'error' (a port in use, say); with no listener that emit throws and kills
  // the process before listen() can reject. Whoever listens on server.server still gets the error.
  server.on('error', (err: unknown) => deps.logger.error({ err }, 'http server error'));
  registerHealth(server, deps);
  for (const module of deps.routes ?? []) module.register(server);
  return server;
}

/** The request's context, attached now if the request failed before the `pre` chain ran. */
function contextOf(req: restify.Request, res: restify.Response, logger: Logger): RequestContext {
  return (req as RequestWithContext)[CONTEXT] ?? attachContext(req, res, logger);
}

function attachContext(req: restify.Request, res: restify.Response, logger: Logger): RequestContext {
  const offered = req.header(REQUEST_ID_HEADER);
  const requestId = typeof offered === 'string' && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID();
  const context: RequestContext = { requestId, logger: logger.child({ requestId }) };
  (req as RequestWithContext)[CONTEXT] = context;
  if (!res.headersSent) {
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.setHeader('X-Content-Type-Options', 'nosniff');
  }
  return context;
}

/**
 * Refuses, before reading a byte: a declared length over the limit, any upload,
 * and any content encoding. Teams and Zalo never compress webhook bodies;
 * restify's gunzip counts compressed bytes against the limit (a small gzip
 * inflates to gigabytes) and crashes the process on a body that is not gzip.
 */
async function guardBody(req: restify.Request, res: restify.Response, limit: number): Promise<void> {
  refuseEncodings(req, res);
  const declared = Number(req.header('content-length') ?? 0);
  if (declared > limit) throw tooLarge(limit);
  // restify hands multipart bodies to formidable, which writes files past the body limit; no route takes uploads.
  if (req.getContentType().startsWith('multipart/')) {
    throw new ApiError(415, 'request.unsupported_media_type', 'Multipart uploads are not accepted; send JSON.');
  }
}

/** `identity` (or an empty header) means no encoding; restify's reader only knows "absent", so the header goes. */
function refuseEncodings(req: restify.Request, res: restify.Response): void {
  const encoding = req.headers['content-encoding'];
  if (encoding === undefined) return;
  if (typeof encoding === 'string' && /^\s*(identity)?\s*$/i.test(encoding)) {
    delete req.headers['content-encoding'];
    return;
  }
  res.setHeader('Accept-Encoding', 'identity');
  throw new ApiError(
    415,
    'request.unsupported_encoding',
    'Compressed request bodies are not accepted; send the body without Content-Encoding.',
  );
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, 'request.too_large', `The request body exceeds ${limit} bytes (BODY_LIMIT_BYTES).`);
}

function registerHealth(server: restify.Server, deps: ServerDependencies): void {
  const timeoutMs = deps.healthTimeoutMs ?? 2000;
  server.get('/healthz', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      await withTimeout(deps.checkDatabase(), timeoutMs);
      res.send(200, { status: 'ok', db: 'ok' });
    } catch (error) {
      requestContext(req).logger.error({ err: error }, 'health check: database unavailable');
      res.send(503, {
        status: 'unavailable',
        db: 'error',
        error: { code: 'db.unavailable', message: 'The database did not answer.' },
      });
    }
  });
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface Problem {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

function sendError(context: RequestContext, res: restify.Response, err: unknown, bodyLimit: number): void {
  const problem = toProblem(err, bodyLimit, context.requestId);
  if (problem.status >= 500) context.logger.error({ err }, 'request failed');
  else context.logger.debug({ code: problem.code, status: problem.status }, 'request refused');
  if (res.headersSent) return;
  res.send(problem.status, { error: { code: problem.code, message: problem.message, requestId: context.requestId } });
}

/** Maps anything thrown to a status, a stable code and a message that never carries a stack. */
export function toProblem(err: unknown, bodyLimit: number, requestId: string): Problem {
  if (err instanceof ApiError) return err;
  if (isDomainError(err)) return { status: 422, code: err.code, message: err.userMessage('vi') };
  const status = statusOf(err);
  const name = err instanceof Error ? err.name : '';
  if (status === 413) return tooLarge(bodyLimit);
  if (name === 'InvalidContentError')
    return { status: 400, code: 'request.invalid_json', message: 'The request body is not valid JSON.' };
  if (status === 404) return { status, code: 'route.not_found', message: 'No such route.' };
  if (status === 405)
    return { status, code: 'route.method_not_allowed', message: 'This route does not accept that method.' };
  if (status === 415)
    return { status, code: 'request.unsupported_media_type', message: 'Unsupported content type or encoding.' };
  if (status !== undefined && status >= 400 && status < 500 && err instanceof Error) {
    return { status, code: 'request.invalid', message: err.message };
  }
  return {
    status: 500,
    code: 'internal',
    message: `Internal error; quote request id ${requestId} to the administrator.`,
  };
}

function statusOf(err: unknown): number | undefined {
  if (typeof err === 'object' && err !== null && 'statusCode' in err && typeof err.statusCode === 'number')
    return err.statusCode;
  return undefined;
}

function logRequest(req: restify.Request, res: restify.Response, { logger }: RequestContext): void {
  // Signed links carry their token in the path: it never reaches the log.
  const fields = {
    method: req.method,
    path: redactPath(req.getPath()),
    status: res.statusCode,
    durationMs: Date.now() - req.time(),
  };
  // Probes hit /healthz every few seconds; keep them out of the info stream.
  if (req.getPath() === '/healthz' && res.statusCode === 200) logger.debug(fields, 'request');
  else logger.info(fields, 'request');
}

type RestifyLog = NonNullable<restify.ServerOptions['log']>;

/** Restify wants a bunyan-shaped logger; route its few messages into ours and drop its trace chatter. */
function restifyLog(logger: Logger): RestifyLog {
  const write =
    (level: 'info' | 'warn' | 'error') =>
    (fields: unknown, message?: string): void => {
      if (typeof fields === 'string') logger[level]({ source: 'restify' }, fields);
      else logger[level]({ source: 'restify', detail: restifyDetail(fields) }, message);
    };
  const adapter = {
    trace: () => undefined,
    debug: () => undefined,
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: () => adapter,
  };
  // The typings name bunyan; restify itself only calls trace/info/warn/child.
  return adapter as unknown as RestifyLog;
}

/** restify may hand over the request itself: keep its method and redacted URL, never its headers. */
function restifyDetail(fields: unknown): unknown {
  if (typeof fields !== 'object' || fields === null) return fields;
  const { req, res: _res, ...rest } = fields as Record<string, unknown>;
  if (typeof req !== 'object' || req === null) return rest;
  const { method, url } = req as { method?: unknown; url?: unknown };
  return { ...rest, req: { method, url: typeof url === 'string' ? redactUrl(url) : undefined } };
}
