/** Serves the committee page (web/dist/committee/committee.html) with the tab's headers; assets as the tab's. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type restify from 'restify';
import { TAB_HEADERS, sendTabAsset } from './tab-files';

export { sendTabAsset };

export async function sendCommitteePage(res: restify.Response, assetsDir: string): Promise<void> {
  const html = await readFile(path.join(assetsDir, 'committee.html')).catch((error: unknown) => {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  });
  if (html === null) {
    res.sendRaw(
      503,
      '<!doctype html><meta charset="utf-8"><p>The committee page is not built. Run <code>npm run web:build</code>.</p>',
      { 'Content-Type': 'text/html; charset=utf-8', ...TAB_HEADERS },
    );
    return;
  }
  res.sendRaw(200, html, { 'Content-Type': 'text/html; charset=utf-8', ...TAB_HEADERS });
}
