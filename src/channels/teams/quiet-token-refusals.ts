/**
 * botframework-connector's JwtTokenExtractor writes to console.error on every
 * token it refuses: the whole published key set ("Error finding key for token.
 * Available keys: …"), and for an expired token the error with its stack. Any
 * caller posting forged tokens can flood stderr with it. The extractor is built
 * deep inside ConfigurationBotFrameworkAuthentication with no logger to inject,
 * so exactly these two messages are dropped at console.error and everything
 * else passes; the route logs each refusal once, with its reason.
 */
const KEY_DUMP = 'Error finding key for token. Available keys: ';
// Marks the filter on console.error itself, so installing it again (another app in the process) is a no-op.
const FILTER_MARK = Symbol.for('chibo.teams.quietTokenRefusals');

type ConsoleError = ((...args: unknown[]) => void) & { [FILTER_MARK]?: true };

/** Whether a console.error call is one of the extractor's two refusal messages. */
export function isTokenRefusalNoise(args: readonly unknown[]): boolean {
  if (args.length !== 1) return false;
  const [only] = args;
  if (typeof only === 'string') return only.startsWith(KEY_DUMP);
  return only instanceof Error && only.name === 'TokenExpiredError' && only.message === 'jwt expired';
}

/** Drops the extractor's refusal messages from console.error (idempotent). */
export function quietTokenRefusals(target: Console = console): void {
  const current = target.error as ConsoleError;
  if (current[FILTER_MARK]) return;
  const filtered: ConsoleError = (...args: unknown[]) => {
    if (!isTokenRefusalNoise(args)) current.apply(target, args);
  };
  filtered[FILTER_MARK] = true;
  target.error = filtered;
}
