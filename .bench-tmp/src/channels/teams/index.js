"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MESSAGES_PATH = void 0;
exports.createTeamsChannel = createTeamsChannel;
const adapter_1 = require("./adapter");
const members_1 = require("./members");
const outbox_queue_1 = require("./outbox-queue");
const route_1 = require("./route");
const renderer_1 = require("./renderer");
const transport_1 = require("./transport");
var route_2 = require("./route");
Object.defineProperty(exports, "MESSAGES_PATH", { enumerable: true, get: function () { return route_2.MESSAGES_PATH; } });
function createTeamsChannel(deps) {
    const app = deps.config.microsoftApp;
    const logger = deps.logger.child({ channel: 'teams' });
    if (app.appId === undefined) {
        // Config refuses this in production already; a second guard costs nothing.
        if (deps.config.mode === 'production')
            throw new Error('teams: MicrosoftAppId is required in production (Bot Framework authentication)');
        logger.warn({}, 'Teams: Bot Framework authentication is OFF (development mode, no MicrosoftAppId): every request to /api/messages is accepted');
    }
    const adapter = new adapter_1.TeamsCloudAdapter(app, deps.authEndpoints);
    const outbox = (0, outbox_queue_1.createTeamsOutbox)({ db: deps.db, clock: deps.clock, logger, notify: deps.notifyOutbox ?? (() => undefined) });
    const routes = (0, route_1.createTeamsRoutes)({
        adapter,
        bot: deps.bot,
        db: deps.db,
        clock: deps.clock,
        outbox,
        fetchMembers: members_1.fetchConversationMembers,
        authTimeoutMs: deps.authTimeoutMs ?? 4_000,
    });
    const transport = (0, transport_1.createTeamsTransport)({ adapter, db: deps.db, appId: app.appId ?? '', logger, clock: deps.clock, ...(deps.sendTimeoutMs === undefined ? {} : { timeoutMs: deps.sendTimeoutMs }) });
    return { routes, transport, renderer: (0, renderer_1.createTeamsRenderer)(deps.db), close: async () => undefined };
}
//# sourceMappingURL=index.js.map