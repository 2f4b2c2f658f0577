"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TAB_HEADERS = exports.TAB_FRAME_ANCESTORS = void 0;
exports.sendTabPage = sendTabPage;
exports.sendTabAsset = sendTabAsset;
/**
 * Serves the built tab page (web/dist/tab). Unlike the playground, the page may
 * be framed — by Teams and by this origin — and nothing else.
 */
const promises_1 = require("node:fs/promises");
const node_path_1 = __importDefault(require("node:path"));
const server_1 = require("../../server");
const CONTENT_TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
};
const SAFE_ASSET = /^(?!.*\.\.)[A-Za-z0-9._-]+$/;
/** Teams hosts tabs from these origins; `'self'` lets the test host frame it. */
exports.TAB_FRAME_ANCESTORS = "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.cloud.microsoft https://*.office.com https://*.skype.com";
exports.TAB_HEADERS = {
    'Content-Security-Policy': `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors ${exports.TAB_FRAME_ANCESTORS}; base-uri 'none'; form-action 'none'`,
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
};
function isMissing(error) {
    return typeof error === 'object' && error !== null && 'code' in error && (error.code === 'ENOENT' || error.code === 'EISDIR');
}
async function sendTabPage(res, assetsDir) {
    const html = await (0, promises_1.readFile)(node_path_1.default.join(assetsDir, 'index.html')).catch((error) => {
        if (isMissing(error))
            return null;
        throw error;
    });
    if (html === null) {
        res.sendRaw(503, '<!doctype html><meta charset="utf-8"><p>The tab page is not built. Run <code>npm run web:build</code>.</p>', { 'Content-Type': 'text/html; charset=utf-8', ...exports.TAB_HEADERS });
        return;
    }
    res.sendRaw(200, html, { 'Content-Type': 'text/html; charset=utf-8', ...exports.TAB_HEADERS });
}
async function sendTabAsset(res, assetsDir, name) {
    const contentType = CONTENT_TYPES[node_path_1.default.extname(name)];
    if (!SAFE_ASSET.test(name) || contentType === undefined)
        throw new server_1.ApiError(404, 'asset.not_found', `No tab asset "${name}".`);
    const body = await (0, promises_1.readFile)(node_path_1.default.join(assetsDir, name)).catch((error) => {
        if (isMissing(error))
            throw new server_1.ApiError(404, 'asset.not_found', `No tab asset "${name}" (is web/dist built?).`);
        throw error;
    });
    res.sendRaw(200, body, { 'Content-Type': contentType, 'Cache-Control': 'no-cache' });
}
//# sourceMappingURL=tab-files.js.map