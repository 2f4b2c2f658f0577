/**
 * The Zalo renderer: a view becomes text (split at 2000 characters) and, in a
 * 1:1 chat, the question's buttons, a digit fallback for Zalo PC/Web (where
 * buttons do not show) and a signed link to the answer page. Groups get text
 * only: OA groups take no buttons, and a link would be one member's.
 */
import type { CardView } from '../../cards/view-models';
import type { Recipient, PlatformRenderer } from '../../delivery/types';
import type { Clock } from '../../features/ports';
import type { CardPayload } from '../../outbox/types';
import { signLink, type LinkPurpose } from '../../web/signed-links';
import { splitText, ZALO_MAX_BUTTONS, type ZaloButton, type ZaloOutgoing } from './message';
import { digitHint, optionsOf, questionOf, type Question } from './questions';
import { joinViewText, viewText } from './view-text';
import { say } from '../../core/wording/say';
import { ZALO_WORDING } from '../../core/wording/zalo';

export const LINK_PAGE_PATH = '/links/zalo';

export interface ZaloRendererDependencies {
  /** Without it no link is added (config warns at start). */
  readonly publicBaseUrl?: string;
  readonly linkSigningSecret: string;
  readonly clock: Clock;
}

const LINK_TTL_MS: Readonly<Record<Question['kind'], number>> = {
  rsvp: 14 * 24 * 3_600_000,
  vote: 3 * 24 * 3_600_000,
  rollcall: 24 * 3_600_000,
};
const PURPOSE: Readonly<Record<Question['kind'], LinkPurpose>> = { rsvp: 'rsvp', vote: 'vote', rollcall: 'rollcall' };

/** The signed answer page of one question for one member. */
export function answerLink(deps: ZaloRendererDependencies, question: Question, memberId: string): string | undefined {
  if (deps.publicBaseUrl === undefined) return undefined;
  const token = signLink(
    deps.linkSigningSecret,
    { purpose: PURPOSE[question.kind], memberId, subjectId: question.subjectId },
    deps.clock.now(),
    LINK_TTL_MS[question.kind],
  );
  return `${deps.publicBaseUrl}${LINK_PAGE_PATH}/${token}`;
}

/** A view for one member in their 1:1 chat. */
export function renderForMember(
  deps: ZaloRendererDependencies,
  view: CardView,
  memberId: string | undefined,
): ZaloOutgoing {
  const text = viewText(view);
  const question = questionOf(view);
  if (question === undefined) return outgoing('user', text.title ?? '', joinViewText(text), []);
  const link = memberId === undefined ? undefined : answerLink(deps, question, memberId);
  const linkLine = link === undefined ? [] : [`${say(view.locale, ZALO_WORDING.answerOnWeb)}: ${link}`];
  const buttons: ZaloButton[] = optionsOf(question, view.locale).map((o) => ({
    title: o.title,
    type: 'oa.query.hide',
    payload: o.payload,
  }));
  if (link !== undefined)
    buttons.push({ title: say(view.locale, ZALO_WORDING.openAnswerPage), type: 'oa.open.url', payload: link });
  const body = joinViewText(text, [digitHint(question, view.locale), ...linkLine]);
  return { ...outgoing('user', text.title ?? '', body, buttons.slice(0, ZALO_MAX_BUTTONS)), question };
}

/** A view for an OA group: text, and the digits members may answer with in the group. */
export function renderForGroup(view: CardView): ZaloOutgoing {
  const text = viewText(view);
  const question = questionOf(view);
  if (question === undefined) return outgoing('group', text.title ?? '', joinViewText(text), []);
  return {
    ...outgoing('group', text.title ?? '', joinViewText(text, [digitHint(question, view.locale)]), []),
    question,
  };
}

function outgoing(
  target: ZaloOutgoing['target'],
  title: string,
  body: string,
  buttons: readonly ZaloButton[],
): ZaloOutgoing {
  return { zalo: 1, target, title: title.split('\n')[0] ?? '', texts: splitText(body), buttons };
}

export function payloadOf(message: ZaloOutgoing): CardPayload {
  return { kind: 'card', card: message, fallbackText: message.title || (message.texts[0] ?? '').slice(0, 200) };
}

/** The delivery port: members get their own view 1:1, conversations (OA groups) the text. */
export function createZaloRenderer(deps: ZaloRendererDependencies): PlatformRenderer {
  return {
    platform: 'zalo',
    render: async (view: CardView, recipient: Recipient) =>
      payloadOf(recipient.kind === 'member' ? renderForMember(deps, view, recipient.memberId) : renderForGroup(view)),
  };
}
