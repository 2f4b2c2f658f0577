/**
 * A raw HTTP client for edge tests: any method, headers and bytes (with a
 * Content-Length, or chunked without one), and the answer as text.
 */
import http from 'node:http';

export interface RawResult {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
}

export interface RawRequest {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent with a Content-Length. */
  readonly body?: string | Buffer;
  /** Sent chunked, without a Content-Length. */
  readonly chunks?: readonly (string | Buffer)[];
}

/** One request on its own connection; rejects only when the connection fails (a crashed server, a reset). */
export function rawRequest(url: string, options: RawRequest = {}): Promise<RawResult> {
  return new Promise((resolve, reject) => {
    const body = typeof options.body === 'string' ? Buffer.from(options.body) : options.body;
    const headers = { ...options.headers, ...(body === undefined ? {} : { 'Content-Length': String(body.length) }) };
    const req = http.request(url, { method: options.method ?? 'GET', headers, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(parts).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

/** The `error.code` of a JSON error answer, or undefined. */
export function errorCode(result: RawResult): string | undefined {
  try {
    const parsed = JSON.parse(result.text) as { error?: { code?: unknown } };
    return typeof parsed.error?.code === 'string' ? parsed.error.code : undefined;
  } catch {
    return undefined;
  }
}
