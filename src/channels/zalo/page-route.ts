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
import { createHmac, timingSafeEqual } from 'node:crypto';
import type restify from 'restify';
import { z } from 'zod';
import { isDomainError } from '../../core/errors';
import type { Locale } from '../../core/types';
import { asLocale, say } from '../../core/wording/say';
import { ZALO_WORDING } from '../../core/wording/zalo';
import type { Clock } from '../../features/ports';
import type { Actor, BotCore, InboundEvent } from '../../features/turn';
import { requestContext, type RouteModule } from '../../server';
import type { Database } from '../../store/database';
import { verifyLink, type LinkClaims, type LinkPurpose } from '../../web/signed-links';
import { renderPage, type PageContent } from './page-html';
import { LINK_PAGE_PATH } from './render';
import { confirmationText } from './view-text';

export interface PageDependencies {
  readonly db: Database;
  readonly bot: BotCore;
  readonly clock: Clock;
  readonly linkSigningSecret: string;
}

interface Bound {
  readonly claims: LinkClaims;
  readonly memberName: string;
  readonly actor: Actor;
  readonly cardKey: string;
  /** The member's cell's language: the page and its answers speak it. */
  readonly locale: Locale;
}

class PageRefusal extends Error {
  constructor(
    readonly status: number,
    readonly userText: string,
  ) {
    super(userText);
  }
}

const PURPOSES: readonly LinkPurpose[] = ['vote', 'rsvp', 'rollcall'];
const CARD_KIND: Readonly<Record<string, string>> = { vote: 'vote', rsvp: 'notice', rollcall: 'rollcall' };
const NONCE_TTL_MS = 2 * 3_600_000;
// Before the link is read nobody is known: refusals are in the bot's default language.
const REFUSED = say('vi', ZALO_WORDING.linkRefused);

const formSchema = z.object({
  token: z.string().max(1024),
  nonce: z.string().max(200),
  subject: z.string().max(64),
  member: z.string().max(64),
  choice: z.enum(['approve', 'reject', 'other']).optional(),
  answer: z.enum(['attend', 'attend_online', 'excused']).optional(),
  present: z.literal('yes').optional(),
  comment: z.string().max(1000).optional(),
  reason: z.string().max(500).optional(),
  venue: z.string().max(200).optional(),
});
type PageForm = z.infer<typeof formSchema>;

function nonceMac(secret: string, token: string, issued: string): Buffer {
  return createHmac('sha256', secret).update(`zalo-page|${token}|${issued}`).digest();
}

export function pageNonce(secret: string, token: string, now: Date): string {
  const issued = String(Math.floor(now.getTime() / 1000));
  return `${issued}.${nonceMac(secret, token, issued).toString('base64url')}`;
}

function nonceValid(secret: string, token: string, nonce: string, now: Date): boolean {
  const [issued, mac] = nonce.split('.');
  if (!issued || !mac || !/^\d+$/.test(issued)) return false;
  const age = now.getTime() - Number(issued) * 1000;
  const given = Buffer.from(mac, 'base64url');
  const expected = nonceMac(secret, token, issued);
  return age >= 0 && age <= NONCE_TTL_MS && given.length === expected.length && timingSafeEqual(given, expected);
}

/** The token's member, their linked Zalo account and the card it is about; refuses anything else. */
async function bind(deps: PageDependencies, token: string): Promise<Bound> {
  const now = deps.clock.now();
  let check = verifyLink(deps.linkSigningSecret, token, now, 'vote');
  for (const purpose of PURPOSES.slice(1))
    if (!check.ok && check.reason === 'wrong_purpose') check = verifyLink(deps.linkSigningSecret, token, now, purpose);
  if (!check.ok)
    throw new PageRefusal(
      check.reason === 'expired' ? 410 : 403,
      check.reason === 'expired' ? say('vi', ZALO_WORDING.linkExpired) : REFUSED,
    );
  const kind = CARD_KIND[check.claims.purpose];
  if (kind === undefined) throw new PageRefusal(403, REFUSED);
  const account = await deps.db.prisma.channelAccount.findFirst({
    where: { platform: 'zalo', memberId: check.claims.memberId },
    include: { member: { include: { cell: { select: { locale: true } } } } },
    orderBy: { createdAt: 'desc' },
  });
  if (account === null) throw new PageRefusal(403, say('vi', ZALO_WORDING.accountUnlinked));
  return {
    claims: check.claims,
    memberName: account.member.fullName,
    actor: { platform: 'zalo', platformUserId: account.platformUserId },
    cardKey: `${kind}:${check.claims.subjectId}`,
    locale: asLocale(account.member.cell.locale),
  };
}

async function pageFor(
  deps: PageDependencies,
  bound: Bound,
  token: string,
  notice?: PageContent['notice'],
): Promise<PageContent> {
  try {
    const view = await deps.bot.viewCard(bound.cardKey, bound.actor, bound.locale);
    const form = {
      token,
      nonce: pageNonce(deps.linkSigningSecret, token, deps.clock.now()),
      subjectId: bound.claims.subjectId,
      memberId: bound.claims.memberId,
    };
    return { memberName: bound.memberName, view, form, ...(notice === undefined ? {} : { notice }) };
  } catch (error) {
    // The subject is not in the member's cell (or is gone): the link names something this member cannot see.
    if (isDomainError(error)) throw new PageRefusal(403, REFUSED);
    throw error;
  }
}

/** An optional free-text field, trimmed, only when filled in. */
function optional(key: string, value: string | undefined): Record<string, string> {
  const text = value?.trim();
  return text ? { [key]: text } : {};
}

function eventOf(claims: LinkClaims, form: PageForm): InboundEvent | null {
  if (claims.purpose === 'vote' && form.choice)
    return {
      kind: 'card.action',
      verb: 'vote.cast',
      data: { motionId: claims.subjectId, choice: form.choice, ...optional('comment', form.comment) },
    };
  if (claims.purpose === 'rsvp' && form.answer) {
    const extra = form.answer === 'excused' ? optional('reason', form.reason) : optional('venue', form.venue);
    return {
      kind: 'card.action',
      verb: 'rsvp.answer',
      data: { meetingId: claims.subjectId, answer: form.answer, ...extra },
    };
  }
  if (claims.purpose === 'rollcall' && form.present)
    return {
      kind: 'card.action',
      verb: 'rollcall.checkin',
      data: { meetingId: claims.subjectId, ...optional('venue', form.venue) },
    };
  return null;
}

async function answer(deps: PageDependencies, req: restify.Request, token: string): Promise<PageContent> {
  const bound = await bind(deps, token);
  const parsed = formSchema.safeParse(req.body ?? {});
  if (
    !parsed.success ||
    parsed.data.token !== token ||
    !nonceValid(deps.linkSigningSecret, token, parsed.data.nonce, deps.clock.now())
  )
    throw new PageRefusal(403, REFUSED);
  if (parsed.data.member !== bound.claims.memberId || parsed.data.subject !== bound.claims.subjectId) {
    requestContext(req).logger.warn(
      { purpose: bound.claims.purpose },
      'zalo page: form names another member or subject',
    );
    throw new PageRefusal(403, say(bound.locale, ZALO_WORDING.linkOfAnother));
  }
  const event = eventOf(bound.claims, parsed.data);
  if (event === null) throw new PageRefusal(400, say(bound.locale, ZALO_WORDING.chooseAnswer));
  const result = await deps.bot.handle({
    event,
    actor: bound.actor,
    conversation: { platform: 'zalo', conversationId: bound.actor.platformUserId, personal: true },
    locale: bound.locale,
    receivedAt: deps.clock.now(),
    requestId: requestContext(req).requestId,
  });
  const notice = result.error
    ? { tone: 'warning' as const, text: result.error.message }
    : {
        tone: 'success' as const,
        text: result.updatedCard
          ? `${say(bound.locale, ZALO_WORDING.recorded)} ${confirmationText(result.updatedCard)}`
          : say(bound.locale, ZALO_WORDING.recorded),
      };
  return pageFor(deps, bound, token, notice);
}

function send(res: restify.Response, status: number, content: PageContent): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  );
  res.sendRaw(status, renderPage(content));
}

async function respond(res: restify.Response, work: () => Promise<PageContent>): Promise<void> {
  try {
    send(res, 200, await work());
  } catch (error) {
    if (!(error instanceof PageRefusal)) throw error;
    send(res, error.status, { notice: { tone: 'error', text: error.userText } });
  }
}

export function createPageRoutes(deps: PageDependencies): RouteModule {
  // A wildcard, not `:token`: restify's router refuses path parameters over 100 characters, and tokens are longer.
  const tokenOf = (req: restify.Request): string => String((req.params as Record<string, unknown>)['*'] ?? '');
  return {
    name: 'zalo.pages',
    register(server) {
      server.get(`${LINK_PAGE_PATH}/*`, async (req: restify.Request, res: restify.Response) =>
        respond(res, async () => pageFor(deps, await bind(deps, tokenOf(req)), tokenOf(req))),
      );
      server.post(`${LINK_PAGE_PATH}/*`, async (req: restify.Request, res: restify.Response) =>
        respond(res, () => answer(deps, req, tokenOf(req))),
      );
    },
  };
}
