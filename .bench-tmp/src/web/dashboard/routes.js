"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createDashboardRoutes = createDashboardRoutes;
/**
 * The dashboard tab and the signed downloads, as one route module:
 *   GET /tab                      the page (Teams tab or signed-link page)
 *   GET /tab/assets/*             its built files (web/dist/tab)
 *   GET /tab/api/dashboard        JSON for a committee member (Bearer token or ?token=)
 *   GET /links/minutes/<token>     the minutes (.docx); ?doc=resolution for the draft resolution
 *   GET /links/export/<token>      attendance and votes (.xlsx) of a month or a year
 */
const node_path_1 = __importDefault(require("node:path"));
const static_files_1 = require("../../channels/playground/static-files");
const server_1 = require("../../server");
const authorize_1 = require("./authorize");
const dashboard_data_1 = require("./dashboard-data");
const downloads_1 = require("./downloads");
const tab_files_1 = require("./tab-files");
function tokenOf(req) {
    const header = req.header('authorization');
    if (typeof header === 'string' && header.startsWith('Bearer '))
        return header.slice(7).trim();
    const query = req.query;
    const token = typeof query === 'object' && query !== null && 'token' in query ? query.token : undefined;
    if (typeof token === 'string' && token !== '')
        return token;
    throw new server_1.ApiError(401, 'link.missing', 'Thiếu đường dẫn truy cập: đề nghị đồng chí gửi lệnh “bảng điều khiển” cho Trợ lý chi bộ.');
}
/** The route module the composition root mounts (see the report: app.ts wiring). */
function createDashboardRoutes(deps) {
    const assetsDir = deps.assetsDir ?? node_path_1.default.join((0, static_files_1.findProjectRoot)(), 'web', 'dist', 'tab');
    return {
        name: 'dashboard',
        register(server) {
            server.get('/tab', async (_req, res) => (0, tab_files_1.sendTabPage)(res, assetsDir));
            server.get('/tab/assets/*', async (req, res) => (0, tab_files_1.sendTabAsset)(res, assetsDir, String(req.params['*'] ?? '')));
            server.get('/tab/api/dashboard', async (req, res) => {
                const { member, subjectId } = await (0, authorize_1.authorizeLink)(deps.db, deps.linkSigningSecret, tokenOf(req), deps.clock.now(), 'dashboard');
                if (subjectId !== member.cellId)
                    throw new server_1.ApiError(403, 'link.not_allowed', 'Không được phép.');
                const { logger } = (0, server_1.requestContext)(req);
                res.setHeader('Cache-Control', 'no-store');
                res.send(200, await (0, dashboard_data_1.loadDashboard)({ db: deps.db, clock: deps.clock, logger, links: deps.links }, member));
            });
            // Wildcards, not `:token`: the router caps named parameters at 100 characters and tokens are longer.
            server.get('/links/minutes/*', async (req, res) => (0, downloads_1.sendMeetingDocument)(deps, String(req.params['*'] ?? ''), req, res));
            server.get('/links/export/*', async (req, res) => (0, downloads_1.sendExport)(deps, String(req.params['*'] ?? ''), res));
        },
    };
}
//# sourceMappingURL=routes.js.map