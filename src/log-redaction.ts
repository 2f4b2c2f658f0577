/**
 * What never reaches a log line: signed-link tokens (they travel in the path
 * of /links/… and in `?token=`, and each one acts as a member for days), Bot
 * Framework JWTs, bearer credentials and secret-looking query values. Two
 * layers: the request log redacts paths and queries where it builds them, and
 * `scrubSecrets` runs over every serialized line as a backstop (restify's own
 * messages, error messages quoting a URL).
 */

export const REDACTED = '[redacted]';

// Every signed path carries its token from the third segment on: /links/zalo/<token>, /links/minutes/<token>, …
const SIGNED_PATH = /^(\/links\/[^/?#]+\/)[^?#]+/;
const SECRET_QUERY_KEY =
  /^(token|code|secret|signature|sig|key|password|access_?token|refresh_?token|auth|authorization|nonce)$/i;

/**
 * A base64url JSON object ("eyJ…") followed by at least one more dot-separated
 * part: a signed-link token (payload.mac) or a JWT (header.payload.signature),
 * whole or tampered, with the dot written plainly or percent-encoded.
 */
const TOKEN_LIKE = /eyJ[A-Za-z0-9_-]{6,}(?:(?:\.|%2[Ee])[A-Za-z0-9_-]*)+/g;
const CREDENTIAL = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=%-]+/gi;
const QUERY_SECRET = /([?&](?:token|code|secret|signature|sig|access_?token|refresh_?token|password)=)[^&#\s"\\]+/gi;

/** A request path with any signed-link token replaced. */
export function redactPath(path: string): string {
  return path.replace(SIGNED_PATH, `$1${REDACTED}`);
}

/** A path or URL with its signed-link token and secret-looking query values replaced. */
export function redactUrl(url: string): string {
  const cut = url.indexOf('?');
  const path = redactPath(cut < 0 ? url : url.slice(0, cut));
  if (cut < 0) return path;
  const query = url
    .slice(cut + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      return eq >= 0 && SECRET_QUERY_KEY.test(safeDecode(key)) ? `${key}=${REDACTED}` : pair;
    })
    .join('&');
  return `${path}?${query}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The backstop over a whole serialized log line; keeps it valid JSON (replacements hold no quotes). */
export function scrubSecrets(line: string): string {
  return line
    .replace(TOKEN_LIKE, REDACTED)
    .replace(CREDENTIAL, `$1 ${REDACTED}`)
    .replace(QUERY_SECRET, `$1${REDACTED}`);
}
