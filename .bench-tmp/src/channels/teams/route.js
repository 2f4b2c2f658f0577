"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MESSAGES_PATH = void 0;
exports.createTeamsRoutes = createTeamsRoutes;
const zod_1 = require("zod");
const server_1 = require("../../server");
const adapter_1 = require("./adapter");
const turn_handler_1 = require("./turn-handler");
exports.MESSAGES_PATH = '/api/messages';
const account = zod_1.z.object({ id: zod_1.z.string().min(1).max(512) }).loose();
/** The fields every turn relies on; the rest of the activity passes through as Teams sent it. */
const activitySchema = zod_1.z
    .object({
    type: zod_1.z.string().min(1).max(64),
    channelId: zod_1.z.string().min(1).max(64),
    serviceUrl: zod_1.z.string().max(2048).refine((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol)),
    conversation: account,
    from: account,
    recipient: account,
})
    .loose();
function parseActivity(body) {
    const parsed = activitySchema.safeParse(body);
    if (!parsed.success) {
        const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'body'))].join(', ');
        throw new server_1.ApiError(400, 'activity.invalid', `Not a Bot Framework activity (${fields}).`);
    }
    // Validated above for what this bot reads; botbuilder's own type describes the rest.
    return parsed.data;
}
async function handleMessages(deps, req, res) {
    const scope = (0, server_1.requestContext)(req);
    const activity = parseActivity(req.body);
    const header = req.header('authorization') ?? '';
    let auth;
    try {
        auth = await deps.adapter.authenticate(activity, typeof header === 'string' ? header : '', deps.authTimeoutMs);
    }
    catch (error) {
        if (!(error instanceof adapter_1.RequestRefused))
            throw error;
        scope.logger.warn({ status: error.status, reason: error.cause instanceof Error ? error.cause.message : String(error.cause) }, 'teams: request refused');
        if (error.status === 503)
            res.setHeader('Retry-After', '10');
        throw new server_1.ApiError(error.status, error.code, error.message);
    }
    const response = await deps.adapter.runAuthenticated(auth, activity, (0, turn_handler_1.createTurnLogic)(deps, scope));
    const status = response?.status ?? 200;
    if (response?.body === undefined)
        res.send(status);
    else
        res.send(status, response.body);
}
function createTeamsRoutes(deps) {
    return {
        name: 'teams',
        register(server) {
            server.post(exports.MESSAGES_PATH, async (req, res) => handleMessages(deps, req, res));
        },
    };
}
//# sourceMappingURL=route.js.map