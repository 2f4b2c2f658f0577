"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ROSTER_CARD_LIMIT = void 0;
exports.messageData = messageData;
exports.helpData = helpData;
exports.rosterData = rosterData;
const labels_1 = require("../labels");
const common_1 = require("./common");
const TONE_COLORS = {
    info: 'default',
    success: 'good',
    warning: 'warning',
    error: 'attention',
};
/** Builds the message template's data from its view. */
function messageData(view) {
    return {
        ...(0, common_1.baseData)(view.locale),
        title: view.title ?? '',
        hasTitle: view.title !== undefined && view.title !== '',
        lines: (0, common_1.textLines)(view.text),
        color: TONE_COLORS[view.tone],
        actions: (view.actions ?? []).map(common_1.actionData),
        links: (view.links ?? []).map((link) => ({ title: link.title, url: (0, common_1.safeUrl)(link.url) })).filter((link) => link.url !== ''),
    };
}
/** Builds the help template's data from its view. */
function helpData(view) {
    return {
        ...(0, common_1.baseData)(view.locale),
        isCommittee: view.isCommittee,
        commands: view.commands.map((c) => ({ command: c.command, description: c.description })),
    };
}
/** Above this many members the roster card lists the first ones and counts the rest (Teams' ~28 KB limit). */
exports.ROSTER_CARD_LIMIT = 100;
function memberDetails(member) {
    const parts = [member.statusLabel];
    if (member.role !== 'member')
        parts.push(member.roleLabel);
    if (member.partyGroup)
        parts.push(member.partyGroup);
    return ` – ${parts.filter((part) => part !== '').join(', ')}`;
}
/** Builds the roster template's data from its view. */
function rosterData(view) {
    const base = (0, common_1.baseData)(view.locale);
    const shown = view.members.slice(0, exports.ROSTER_CARD_LIMIT);
    const hidden = view.members.length - shown.length;
    return {
        ...base,
        cellName: view.cellName,
        totalsLines: (0, common_1.textLines)(view.totalsLine),
        members: shown.map((member, index) => ({ name: `${index + 1}. ${member.name}`, details: memberDetails(member) })),
        more: hidden > 0 ? (0, labels_1.fill)(base.l.rosterMore, { n: hidden }) : '',
        hasMore: hidden > 0,
    };
}
//# sourceMappingURL=simple.js.map