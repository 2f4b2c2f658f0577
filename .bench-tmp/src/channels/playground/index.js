"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createPlaygroundRoutes = createPlaygroundRoutes;
const render_1 = require("../../cards/render");
const errors_1 = require("../../core/errors");
const server_1 = require("../../server");
const responses_1 = require("./responses");
const roster_1 = require("./roster");
const static_files_1 = require("./static-files");
const turn_request_1 = require("./turn-request");
function createPlaygroundRoutes(deps) {
    const assetsDir = deps.assetsDir ?? (0, static_files_1.defaultAssetsDir)();
    return {
        name: 'playground',
        register(server) {
            server.get('/playground', async (_req, res) => (0, static_files_1.sendPage)(res, assetsDir));
            server.get('/playground/assets/*', async (req, res) => (0, static_files_1.sendAsset)(res, assetsDir, String(req.params['*'] ?? '')));
            server.get('/playground/api/cells', async (_req, res) => {
                res.send(200, { cells: await (0, roster_1.listCells)(deps.db) });
            });
            server.get('/playground/api/cells/:cellId/members', async (req, res) => {
                res.send(200, { members: await (0, roster_1.listMembers)(deps.db, String(req.params.cellId)) });
            });
            server.post('/playground/api/turn', async (req, res) => handleTurn(deps, req, res));
            server.get('/playground/api/cards/:cardKey', async (req, res) => handleViewCard(deps, req, res));
        },
    };
}
async function handleTurn(deps, req, res) {
    const request = (0, turn_request_1.parseTurnRequest)(req.body);
    const { requestId, logger } = (0, server_1.requestContext)(req);
    const displayName = await (0, roster_1.memberName)(deps.db, request.memberId, request.cellId);
    const turn = (0, turn_request_1.toTurn)(request, { displayName, clock: deps.clock, requestId });
    logger.debug({ event: turn.event.kind, cellId: request.cellId, memberId: request.memberId }, 'playground turn');
    try {
        res.send(200, (0, responses_1.renderTurnResult)(await deps.bot.handle(turn)));
    }
    catch (error) {
        throw localized(error, request.locale);
    }
}
async function handleViewCard(deps, req, res) {
    const query = queryOf(req);
    const cardKey = String(req.params.cardKey);
    const memberId = typeof query.memberId === 'string' ? query.memberId.trim() : '';
    if (memberId === '')
        throw new server_1.ApiError(400, 'input.invalid', 'memberId is required (?memberId=…)');
    const locale = (0, turn_request_1.parseLocale)(query.locale);
    const actor = (0, turn_request_1.playgroundActor)(memberId, await (0, roster_1.memberName)(deps.db, memberId));
    try {
        res.send(200, { cardKey, card: (0, render_1.renderCard)(await deps.bot.viewCard(cardKey, actor, locale)) });
    }
    catch (error) {
        throw localized(error, locale);
    }
}
function queryOf(req) {
    const query = req.query;
    return typeof query === 'object' && query !== null ? { ...query } : {};
}
/** Domain errors reach the page in the language it shows; anything else goes to the generic handler. */
function localized(error, locale) {
    return (0, errors_1.isDomainError)(error) ? new server_1.ApiError(422, error.code, error.userMessage(locale)) : error;
}
//# sourceMappingURL=index.js.map