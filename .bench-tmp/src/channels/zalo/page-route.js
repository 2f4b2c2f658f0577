"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pageNonce = pageNonce;
exports.createPageRoutes = createPageRoutes;
/**
 * GET/POST /links/zalo/:token — the signed answer page for Zalo PC/Web users.
 * The member comes from the verified token, never from the form: the page
 * acts as that member's linked Zalo account, on that one motion or meeting.
 * We cannot know who holds the phone (an in-app browser has no login), so a
 * forwarded link can do only what its member may do, until it expires; what
 * is refused: another purpose or subject than the token's, a form naming
 * another member or subject, a subject outside the member's cell, a member
 * with no linked Zalo account, and a POST without this page's nonce (CSRF).
 */
const node_crypto_1 = require("node:crypto");
const zod_1 = require("zod");
const errors_1 = require("../../core/errors");
const server_1 = require("../../server");
const signed_links_1 = require("../../web/signed-links");
const page_html_1 = require("./page-html");
const render_1 = require("./render");
const view_text_1 = require("./view-text");
class PageRefusal extends Error {
    status;
    userText;
    constructor(status, userText) {
        super(userText);
        this.status = status;
        this.userText = userText;
    }
}
const PURPOSES = ['vote', 'rsvp', 'rollcall'];
const CARD_KIND = { vote: 'vote', rsvp: 'notice', rollcall: 'rollcall' };
const NONCE_TTL_MS = 2 * 3_600_000;
const REFUSED = 'Đường dẫn không hợp lệ. Đề nghị đồng chí dùng đường dẫn mới nhất trong tin nhắn Zalo của chi bộ.';
const formSchema = zod_1.z.object({
    token: zod_1.z.string().max(1024),
    nonce: zod_1.z.string().max(200),
    subject: zod_1.z.string().max(64),
    member: zod_1.z.string().max(64),
    choice: zod_1.z.enum(['approve', 'reject', 'other']).optional(),
    answer: zod_1.z.enum(['attend', 'attend_online', 'excused']).optional(),
    present: zod_1.z.literal('yes').optional(),
    comment: zod_1.z.string().max(1000).optional(),
    reason: zod_1.z.string().max(500).optional(),
    venue: zod_1.z.string().max(200).optional(),
});
function nonceMac(secret, token, issued) {
    return (0, node_crypto_1.createHmac)('sha256', secret).update(`zalo-page|${token}|${issued}`).digest();
}
function pageNonce(secret, token, now) {
    const issued = String(Math.floor(now.getTime() / 1000));
    return `${issued}.${nonceMac(secret, token, issued).toString('base64url')}`;
}
function nonceValid(secret, token, nonce, now) {
    const [issued, mac] = nonce.split('.');
    if (!issued || !mac || !/^\d+$/.test(issued))
        return false;
    const age = now.getTime() - Number(issued) * 1000;
    const given = Buffer.from(mac, 'base64url');
    const expected = nonceMac(secret, token, issued);
    return age >= 0 && age <= NONCE_TTL_MS && given.length === expected.length && (0, node_crypto_1.timingSafeEqual)(given, expected);
}
/** The token's member, their linked Zalo account and the card it is about; refuses anything else. */
async function bind(deps, token) {
    const now = deps.clock.now();
    let check = (0, signed_links_1.verifyLink)(deps.linkSigningSecret, token, now, 'vote');
    for (const purpose of PURPOSES.slice(1))
        if (!check.ok && check.reason === 'wrong_purpose')
            check = (0, signed_links_1.verifyLink)(deps.linkSigningSecret, token, now, purpose);
    if (!check.ok)
        throw new PageRefusal(check.reason === 'expired' ? 410 : 403, check.reason === 'expired' ? 'Đường dẫn đã hết hạn. Đề nghị đồng chí trả lời trong Zalo hoặc xin đường dẫn mới.' : REFUSED);
    const kind = CARD_KIND[check.claims.purpose];
    if (kind === undefined)
        throw new PageRefusal(403, REFUSED);
    const account = await deps.db.prisma.channelAccount.findFirst({ where: { platform: 'zalo', memberId: check.claims.memberId }, include: { member: true }, orderBy: { createdAt: 'desc' } });
    if (account === null)
        throw new PageRefusal(403, 'Tài khoản Zalo của đồng chí chưa được liên kết (hoặc đã được gỡ liên kết), nên đường dẫn này không còn dùng được.');
    return { claims: check.claims, memberName: account.member.fullName, actor: { platform: 'zalo', platformUserId: account.platformUserId }, cardKey: `${kind}:${check.claims.subjectId}` };
}
async function pageFor(deps, bound, token, notice) {
    try {
        const view = await deps.bot.viewCard(bound.cardKey, bound.actor, 'vi');
        const form = { token, nonce: pageNonce(deps.linkSigningSecret, token, deps.clock.now()), subjectId: bound.claims.subjectId, memberId: bound.claims.memberId };
        return { memberName: bound.memberName, view, form, ...(notice === undefined ? {} : { notice }) };
    }
    catch (error) {
        // The subject is not in the member's cell (or is gone): the link names something this member cannot see.
        if ((0, errors_1.isDomainError)(error))
            throw new PageRefusal(403, REFUSED);
        throw error;
    }
}
/** An optional free-text field, trimmed, only when filled in. */
function optional(key, value) {
    const text = value?.trim();
    return text ? { [key]: text } : {};
}
function eventOf(claims, form) {
    if (claims.purpose === 'vote' && form.choice)
        return { kind: 'card.action', verb: 'vote.cast', data: { motionId: claims.subjectId, choice: form.choice, ...optional('comment', form.comment) } };
    if (claims.purpose === 'rsvp' && form.answer) {
        const extra = form.answer === 'excused' ? optional('reason', form.reason) : optional('venue', form.venue);
        return { kind: 'card.action', verb: 'rsvp.answer', data: { meetingId: claims.subjectId, answer: form.answer, ...extra } };
    }
    if (claims.purpose === 'rollcall' && form.present)
        return { kind: 'card.action', verb: 'rollcall.checkin', data: { meetingId: claims.subjectId, ...optional('venue', form.venue) } };
    return null;
}
async function answer(deps, req, token) {
    const bound = await bind(deps, token);
    const parsed = formSchema.safeParse(req.body ?? {});
    if (!parsed.success || parsed.data.token !== token || !nonceValid(deps.linkSigningSecret, token, parsed.data.nonce, deps.clock.now()))
        throw new PageRefusal(403, REFUSED);
    if (parsed.data.member !== bound.claims.memberId || parsed.data.subject !== bound.claims.subjectId) {
        (0, server_1.requestContext)(req).logger.warn({ purpose: bound.claims.purpose }, 'zalo page: form names another member or subject');
        throw new PageRefusal(403, 'Đường dẫn này dành cho một đồng chí và một nội dung khác; câu trả lời không được ghi nhận.');
    }
    const event = eventOf(bound.claims, parsed.data);
    if (event === null)
        throw new PageRefusal(400, 'Đề nghị đồng chí chọn một câu trả lời.');
    const result = await deps.bot.handle({ event, actor: bound.actor, conversation: { platform: 'zalo', conversationId: bound.actor.platformUserId, personal: true }, locale: 'vi', receivedAt: deps.clock.now(), requestId: (0, server_1.requestContext)(req).requestId });
    const notice = result.error
        ? { tone: 'warning', text: result.error.message }
        : { tone: 'success', text: result.updatedCard ? `Đã ghi nhận. ${(0, view_text_1.confirmationText)(result.updatedCard)}` : 'Đã ghi nhận.' };
    return pageFor(deps, bound, token, notice);
}
function send(res, status, content) {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    res.sendRaw(status, (0, page_html_1.renderPage)(content));
}
async function respond(res, work) {
    try {
        send(res, 200, await work());
    }
    catch (error) {
        if (!(error instanceof PageRefusal))
            throw error;
        send(res, error.status, { notice: { tone: 'error', text: error.userText } });
    }
}
function createPageRoutes(deps) {
    // A wildcard, not `:token`: restify's router refuses path parameters over 100 characters, and tokens are longer.
    const tokenOf = (req) => String(req.params['*'] ?? '');
    return {
        name: 'zalo.pages',
        register(server) {
            server.get(`${render_1.LINK_PAGE_PATH}/*`, async (req, res) => respond(res, async () => pageFor(deps, await bind(deps, tokenOf(req)), tokenOf(req))));
            server.post(`${render_1.LINK_PAGE_PATH}/*`, async (req, res) => respond(res, () => answer(deps, req, tokenOf(req))));
        },
    };
}
//# sourceMappingURL=page-route.js.map