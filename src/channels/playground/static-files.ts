/**
 * Serves the built playground page and its assets from web/dist/playground
 * (made by `npm run web:build`). Only plain file names inside that folder are
 * served, so no request can reach outside it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type restify from 'restify';
import { findProjectRoot } from '../../project-root';
import { ApiError } from '../../server';

// Kept for callers that took it from here before it moved to src/project-root.ts.
export { findProjectRoot };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

// Segments of letters, digits, dot, dash and underscore; never `..`.
const SAFE_ASSET = /^(?!.*\.\.)[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

/** The page's CSP: only our own script; the card renderer styles elements inline. */
const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'",
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

export function defaultAssetsDir(): string {
  return path.join(findProjectRoot(__dirname), 'web', 'dist', 'playground');
}

/** GET /playground: the page, or a 503 page that says how to build it. */
export async function sendPage(res: restify.Response, assetsDir: string): Promise<void> {
  const file = path.join(assetsDir, 'index.html');
  const html = await readFile(file).catch((error: unknown) => {
    if (isMissing(error)) return null;
    throw error;
  });
  if (html === null) {
    const body = `<!doctype html><meta charset="utf-8"><title>chibo-bot playground</title><p>The playground page is not built. Run <code>npm run web:build</code> and reload.</p>`;
    res.sendRaw(503, body, { 'Content-Type': CONTENT_TYPES['.html'] ?? 'text/html', ...PAGE_HEADERS });
    return;
  }
  res.sendRaw(200, html, { 'Content-Type': CONTENT_TYPES['.html'] ?? 'text/html', ...PAGE_HEADERS });
}

/** GET /playground/assets/*: one built file. */
export async function sendAsset(res: restify.Response, assetsDir: string, name: string): Promise<void> {
  const contentType = CONTENT_TYPES[path.extname(name)];
  if (!SAFE_ASSET.test(name) || contentType === undefined) throw notFound(name);
  const body = await readFile(path.join(assetsDir, name)).catch((error: unknown) => {
    if (isMissing(error)) throw notFound(name);
    throw error;
  });
  res.sendRaw(200, body, { 'Content-Type': contentType, 'Cache-Control': 'no-cache' });
}

function notFound(name: string): ApiError {
  return new ApiError(404, 'asset.not_found', `No playground asset "${name}" (is web/dist built?).`);
}

function isMissing(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error.code === 'ENOENT' || error.code === 'EISDIR')
  );
}
