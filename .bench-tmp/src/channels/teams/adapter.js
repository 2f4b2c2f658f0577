"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TeamsCloudAdapter = exports.RequestRefused = exports.BOT_FRAMEWORK_SCOPE = void 0;
exports.authenticationOptions = authenticationOptions;
exports.classifyAuthFailure = classifyAuthFailure;
/**
 * botbuilder's CloudAdapter with Bot Framework authentication built from the
 * config (single-tenant credentials), and authentication as a step of its own
 * so a refused token is an HTTP refusal and never reaches the bot.
 */
const botbuilder_1 = require("botbuilder");
/** The audience of the Bot Connector in the public cloud (outbound tokens). */
exports.BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com';
const PUBLIC_CLOUD = {
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    CallerId: 'urn:botframework:azure',
};
/** The options ConfigurationBotFrameworkAuthentication reads; no app id = authentication off. */
function authenticationOptions(app, endpoints) {
    const credentials = app.appId === undefined
        ? {}
        : {
            MicrosoftAppId: app.appId,
            MicrosoftAppType: app.appType,
            ...(app.appPassword === undefined ? {} : { MicrosoftAppPassword: app.appPassword }),
            ...(app.tenantId === undefined ? {} : { MicrosoftAppTenantId: app.tenantId }),
        };
    if (endpoints === undefined)
        return credentials;
    return {
        ...credentials,
        ...PUBLIC_CLOUD,
        ToBotFromChannelOpenIdMetadataUrl: endpoints.openIdMetadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl: endpoints.openIdMetadataUrl,
    };
}
/** A request the adapter refuses before any bot code runs. */
class RequestRefused extends Error {
    status;
    code;
    constructor(status, code, message, options) {
        super(message, options);
        this.status = status;
        this.code = code;
        this.name = 'RequestRefused';
    }
}
exports.RequestRefused = RequestRefused;
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);
/**
 * A token that fails verification is 401. Anything else (the signing keys
 * could not be fetched, a timeout) means we could not check it: 503, so the
 * Bot Connector retries later — and still nothing is processed.
 */
function classifyAuthFailure(error) {
    const name = error instanceof Error ? error.name : '';
    const status = error?.statusCode;
    if (TOKEN_ERRORS.has(name) || status === 401 || status === 403) {
        return new RequestRefused(401, 'auth.unauthorized', 'The request does not carry a valid Bot Framework token.', { cause: error });
    }
    return new RequestRefused(503, 'auth.unavailable', 'The Bot Framework token could not be verified now; try again later.', { cause: error });
}
class TeamsCloudAdapter extends botbuilder_1.CloudAdapter {
    auth;
    constructor(app, endpoints) {
        const auth = new botbuilder_1.ConfigurationBotFrameworkAuthentication(authenticationOptions(app, endpoints));
        super(auth);
        this.auth = auth;
    }
    /** Verifies the request's JWT (against the activity's serviceUrl and channel); throws RequestRefused. */
    async authenticate(activity, authHeader, timeoutMs) {
        let timer;
        const timeout = new Promise((_resolve, reject) => {
            timer = setTimeout(() => reject(new Error(`token verification took longer than ${timeoutMs} ms`)), timeoutMs);
        });
        try {
            return await Promise.race([this.auth.authenticateRequest(activity, authHeader), timeout]);
        }
        catch (error) {
            throw classifyAuthFailure(error);
        }
        finally {
            clearTimeout(timer);
        }
    }
    /** Runs the turn for an already authenticated request; resolves with the invoke answer, if any. */
    runAuthenticated(auth, activity, logic) {
        return this.processActivity(auth, activity, logic);
    }
}
exports.TeamsCloudAdapter = TeamsCloudAdapter;
//# sourceMappingURL=adapter.js.map