"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.findProjectRoot = findProjectRoot;
exports.defaultAssetsDir = defaultAssetsDir;
exports.sendPage = sendPage;
exports.sendAsset = sendAsset;
/**
 * Serves the built playground page and its assets from web/dist/playground
 * (made by `npm run web:build`). Only plain file names inside that folder are
 * served, so no request can reach outside it.
 */
const node_fs_1 = require("node:fs");
const promises_1 = require("node:fs/promises");
const node_path_1 = __importDefault(require("node:path"));
const server_1 = require("../../server");
const CONTENT_TYPES = {
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
    'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'",
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
};
/** The folder with package.json above `start` (works from src/ under jest and from dist/src/ when built). */
function findProjectRoot(start = __dirname) {
    let dir = start;
    while (!(0, node_fs_1.existsSync)(node_path_1.default.join(dir, 'package.json'))) {
        const parent = node_path_1.default.dirname(dir);
        if (parent === dir)
            throw new Error(`no package.json above ${start}`);
        dir = parent;
    }
    return dir;
}
function defaultAssetsDir() {
    return node_path_1.default.join(findProjectRoot(), 'web', 'dist', 'playground');
}
/** GET /playground: the page, or a 503 page that says how to build it. */
async function sendPage(res, assetsDir) {
    const file = node_path_1.default.join(assetsDir, 'index.html');
    const html = await (0, promises_1.readFile)(file).catch((error) => {
        if (isMissing(error))
            return null;
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
async function sendAsset(res, assetsDir, name) {
    const contentType = CONTENT_TYPES[node_path_1.default.extname(name)];
    if (!SAFE_ASSET.test(name) || contentType === undefined)
        throw notFound(name);
    const body = await (0, promises_1.readFile)(node_path_1.default.join(assetsDir, name)).catch((error) => {
        if (isMissing(error))
            throw notFound(name);
        throw error;
    });
    res.sendRaw(200, body, { 'Content-Type': contentType, 'Cache-Control': 'no-cache' });
}
function notFound(name) {
    return new server_1.ApiError(404, 'asset.not_found', `No playground asset "${name}" (is web/dist built?).`);
}
function isMissing(error) {
    return typeof error === 'object' && error !== null && 'code' in error && (error.code === 'ENOENT' || error.code === 'EISDIR');
}
//# sourceMappingURL=static-files.js.map