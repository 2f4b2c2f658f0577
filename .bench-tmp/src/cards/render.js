"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ADAPTIVE_CARD_CONTENT_TYPE = exports.ADAPTIVE_CARD_SCHEMA = void 0;
exports.renderCard = renderCard;
const templates_1 = require("./templates");
const notice_1 = require("./data/notice");
const vote_1 = require("./data/vote");
const rollcall_1 = require("./data/rollcall");
const summary_1 = require("./data/summary");
const meeting_form_1 = require("./data/meeting-form");
const simple_1 = require("./data/simple");
const setup_1 = require("./data/setup");
exports.ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
/** MIME type for a card attachment / an invoke answer carrying a card. */
exports.ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
function templateData(view) {
    switch (view.type) {
        case 'message':
            return (0, simple_1.messageData)(view);
        case 'help':
            return (0, simple_1.helpData)(view);
        case 'meeting.form':
            return (0, meeting_form_1.meetingFormData)(view);
        case 'notice':
            return (0, notice_1.noticeData)(view);
        case 'rollcall':
            return (0, rollcall_1.rollCallData)(view);
        case 'vote':
            return (0, vote_1.voteData)(view);
        case 'summary':
            return (0, summary_1.summaryData)(view);
        case 'roster':
            return (0, simple_1.rosterData)(view);
        case 'setup.form':
            return (0, setup_1.setupFormData)(view);
        case 'setup.roster':
            return (0, setup_1.setupRosterData)(view);
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Checks the expansion's top level and drops an `actions` list that every
 * `$when` emptied (a card with no buttons is written without the key).
 */
function toCard(expanded, type) {
    if (!isObject(expanded) || expanded['type'] !== 'AdaptiveCard' || !Array.isArray(expanded['body'])) {
        throw new Error(`cards: template "${type}" did not expand to an AdaptiveCard`);
    }
    const { actions, ...rest } = expanded;
    const card = rest;
    return Array.isArray(actions) && actions.length > 0 ? { ...card, actions: actions } : card;
}
/** Renders a view model as an Adaptive Card 1.5 (a new plain object each call). */
function renderCard(view) {
    return toCard((0, templates_1.expandTemplate)(view.type, templateData(view)), view.type);
}
//# sourceMappingURL=render.js.map