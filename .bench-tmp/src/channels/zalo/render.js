"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LINK_PAGE_PATH = void 0;
exports.answerLink = answerLink;
exports.renderForMember = renderForMember;
exports.renderForGroup = renderForGroup;
exports.payloadOf = payloadOf;
exports.createZaloRenderer = createZaloRenderer;
const signed_links_1 = require("../../web/signed-links");
const message_1 = require("./message");
const questions_1 = require("./questions");
const view_text_1 = require("./view-text");
exports.LINK_PAGE_PATH = '/links/zalo';
const LINK_TTL_MS = {
    rsvp: 14 * 24 * 3_600_000,
    vote: 3 * 24 * 3_600_000,
    rollcall: 24 * 3_600_000,
};
const PURPOSE = { rsvp: 'rsvp', vote: 'vote', rollcall: 'rollcall' };
/** The signed answer page of one question for one member. */
function answerLink(deps, question, memberId) {
    if (deps.publicBaseUrl === undefined)
        return undefined;
    const token = (0, signed_links_1.signLink)(deps.linkSigningSecret, { purpose: PURPOSE[question.kind], memberId, subjectId: question.subjectId }, deps.clock.now(), LINK_TTL_MS[question.kind]);
    return `${deps.publicBaseUrl}${exports.LINK_PAGE_PATH}/${token}`;
}
/** A view for one member in their 1:1 chat. */
function renderForMember(deps, view, memberId) {
    const text = (0, view_text_1.viewText)(view);
    const question = (0, questions_1.questionOf)(view);
    const vi = view.locale === 'vi';
    if (question === undefined)
        return outgoing('user', text.title ?? '', (0, view_text_1.joinViewText)(text), []);
    const link = memberId === undefined ? undefined : answerLink(deps, question, memberId);
    const linkLine = link === undefined ? [] : [`${vi ? 'Trả lời trên trang web (Zalo PC/Web)' : 'Answer on the web page (Zalo PC/Web)'}: ${link}`];
    const buttons = (0, questions_1.optionsOf)(question, view.locale).map((o) => ({ title: o.title, type: 'oa.query.hide', payload: o.payload }));
    if (link !== undefined)
        buttons.push({ title: vi ? 'Mở trang trả lời' : 'Open the answer page', type: 'oa.open.url', payload: link });
    const body = (0, view_text_1.joinViewText)(text, [(0, questions_1.digitHint)(question, view.locale), ...linkLine]);
    return { ...outgoing('user', text.title ?? '', body, buttons.slice(0, message_1.ZALO_MAX_BUTTONS)), question };
}
/** A view for an OA group: text, and the digits members may answer with in the group. */
function renderForGroup(view) {
    const text = (0, view_text_1.viewText)(view);
    const question = (0, questions_1.questionOf)(view);
    if (question === undefined)
        return outgoing('group', text.title ?? '', (0, view_text_1.joinViewText)(text), []);
    return { ...outgoing('group', text.title ?? '', (0, view_text_1.joinViewText)(text, [(0, questions_1.digitHint)(question, view.locale)]), []), question };
}
function outgoing(target, title, body, buttons) {
    return { zalo: 1, target, title: title.split('\n')[0] ?? '', texts: (0, message_1.splitText)(body), buttons };
}
function payloadOf(message) {
    return { kind: 'card', card: message, fallbackText: message.title || (message.texts[0] ?? '').slice(0, 200) };
}
/** The delivery port: members get their own view 1:1, conversations (OA groups) the text. */
function createZaloRenderer(deps) {
    return {
        platform: 'zalo',
        render: async (view, recipient) => payloadOf(recipient.kind === 'member' ? renderForMember(deps, view, recipient.memberId) : renderForGroup(view)),
    };
}
//# sourceMappingURL=render.js.map