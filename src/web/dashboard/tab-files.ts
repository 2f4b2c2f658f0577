/**
 * Serves the built tab page (web/dist/tab). Unlike the playground, the page may
 * be framed — by Teams and by this origin — and nothing else.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type restify from 'restify';
import { ApiError } from '../../server';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const SAFE_ASSET = /^(?!.*\.\.)[A-Za-z0-9._-]+$/;

/** Teams hosts tabs from these origins; `'self'` lets the test host frame it. */
export const TAB_FRAME_ANCESTORS =
  "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.cloud.microsoft https://*.office.com https://*.skype.com";

export const TAB_HEADERS = {
  'Content-Security-Policy': `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors ${TAB_FRAME_ANCESTORS}; base-uri 'none'; form-action 'none'`,
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

function isMissing(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error.code === 'ENOENT' || error.code === 'EISDIR')
  );
}

export async function sendTabPage(res: restify.Response, assetsDir: string): Promise<void> {
  const html = await readFile(path.join(assetsDir, 'index.html')).catch((error: unknown) => {
    if (isMissing(error)) return null;
    throw error;
  });
  if (html === null) {
    res.sendRaw(
      503,
      '<!doctype html><meta charset="utf-8"><p>The tab page is not built. Run <code>npm run web:build</code>.</p>',
      { 'Content-Type': 'text/html; charset=utf-8', ...TAB_HEADERS },
    );
    return;
  }
  res.sendRaw(200, html, { 'Content-Type': 'text/html; charset=utf-8', ...TAB_HEADERS });
}

export async function sendTabAsset(res: restify.Response, assetsDir: string, name: string): Promise<void> {
  const contentType = CONTENT_TYPES[path.extname(name)];
  if (!SAFE_ASSET.test(name) || contentType === undefined)
    throw new ApiError(404, 'asset.not_found', `No tab asset "${name}".`);
  const body = await readFile(path.join(assetsDir, name)).catch((error: unknown) => {
    if (isMissing(error)) throw new ApiError(404, 'asset.not_found', `No tab asset "${name}" (is web/dist built?).`);
    throw error;
  });
  res.sendRaw(200, body, { 'Content-Type': contentType, 'Cache-Control': 'no-cache' });
}
