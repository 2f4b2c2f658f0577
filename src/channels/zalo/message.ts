/**
 * What one Zalo outbox row carries: text parts (each ≤ 2000 characters), the
 * buttons of the last part, and the question it asks. The renderer builds it;
 * the transport turns it into consultation, transaction or group calls.
 */
import { TransportError, type OutboxPayload } from '../../outbox/types';
import type { Question } from './questions';

export const ZALO_TEXT_LIMIT = 2000;
/** Consultation messages take 5 buttons, transaction templates 4. */
export const ZALO_MAX_BUTTONS = 5;

export interface ZaloButton {
  readonly title: string;
  /** `oa.query.hide`: the payload comes back as the user's text; `oa.open.url`: the payload is the URL. */
  readonly type: 'oa.query.hide' | 'oa.open.url';
  readonly payload: string;
}

export interface ZaloOutgoing {
  readonly zalo: 1;
  readonly target: 'user' | 'group';
  /** A short heading (the transaction template's header). */
  readonly title: string;
  readonly texts: readonly string[];
  readonly buttons: readonly ZaloButton[];
  readonly question?: Question;
}

/** Reads a stored payload back; TextPayloads (from other senders) become one text, to a group when addressed `group:<id>`. */
export function outgoingOf(recipient: string, payload: OutboxPayload): ZaloOutgoing {
  // Zalo cannot edit a message, so nothing queues shared-card updates for it; such a row is a bug upstream.
  if (payload.kind === 'shared-card')
    throw new TransportError(`zalo: shared card ${payload.cardKey} has no Zalo rendering`, { retryable: false });
  if (payload.kind === 'card' && isOutgoing(payload.card)) return payload.card;
  const text = payload.kind === 'text' ? payload.text : (payload.fallbackText ?? '');
  return {
    zalo: 1,
    target: recipient.startsWith('group:') ? 'group' : 'user',
    title: '',
    texts: splitText(text),
    buttons: [],
  };
}

function isOutgoing(value: object): value is ZaloOutgoing {
  const candidate = value as Partial<ZaloOutgoing>;
  return candidate.zalo === 1 && Array.isArray(candidate.texts) && Array.isArray(candidate.buttons);
}

/** The platform id of a recipient address (`group:<id>` or a bare id). */
export function addressId(recipient: string): string {
  return recipient.startsWith('group:') ? recipient.slice('group:'.length) : recipient;
}

/** Splits text into parts of at most `max` characters, at paragraph, then line, then word boundaries. */
export function splitText(text: string, max = ZALO_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const cut =
      [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((at) => at > max / 2) ?? max;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) parts.push(rest);
  return parts.length > 0 ? parts : [''];
}
