/**
 * The playground's inbound contract: a JSON body validated with zod and turned
 * into the same Turn every channel produces. Choosing "who am I" in the page is
 * the authentication here — a development feature, and the page says so.
 */
import { z } from 'zod';
import { CARD_VERBS } from '../../cards/view-models';
import type { Locale } from '../../core/types';
import type { Clock } from '../../features/ports';
import type { Actor, Turn } from '../../features/turn';
import { ApiError } from '../../server';
import { PLAYGROUND } from './accounts';

export const MAX_TEXT_LENGTH = 2000;

const id = (name: string) =>
  z
    .string({ error: `${name} must be a string` })
    .trim()
    .min(1, `${name} must not be empty`)
    .max(100, `${name} must be at most 100 characters`);

const locale = z.enum(['vi', 'en'], { error: 'locale must be "vi" or "en"' }).default('vi');

const common = { cellId: id('cellId'), memberId: id('memberId'), locale };

const messageBody = z.strictObject({
  ...common,
  text: z
    .string({ error: 'text must be a string' })
    .trim()
    .min(1, 'text must not be empty')
    .max(MAX_TEXT_LENGTH, `text must be at most ${MAX_TEXT_LENGTH} characters`),
});

const actionBody = z.strictObject({
  ...common,
  action: z.strictObject({
    verb: z.enum(CARD_VERBS, { error: `action.verb must be one of: ${CARD_VERBS.join(', ')}` }),
    data: z.record(z.string(), z.unknown(), { error: 'action.data must be an object' }).default({}),
  }),
});

export type PlaygroundTurnRequest = z.infer<typeof messageBody> | z.infer<typeof actionBody>;

/** Validates a POST /playground/api/turn body; throws a 400 ApiError with a readable message. */
export function parseTurnRequest(body: unknown): PlaygroundTurnRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid(
      'the body must be a JSON object { cellId, memberId, text } or { cellId, memberId, action: { verb, data } }',
    );
  }
  const hasAction = 'action' in body;
  if (hasAction === 'text' in body) throw invalid('give exactly one of "text" or "action"');
  const parsed = hasAction ? actionBody.safeParse(body) : messageBody.safeParse(body);
  if (!parsed.success) throw invalid(parsed.error.issues.map(describeIssue).join('; '));
  return parsed.data;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${issue.path.join('.')} is required`;
  return issue.message;
}

function invalid(message: string): ApiError {
  return new ApiError(400, 'input.invalid', message);
}

/** Validates a locale query parameter (default vi). */
export function parseLocale(value: unknown): Locale {
  const parsed = locale.safeParse(value === '' ? undefined : value);
  if (!parsed.success) throw invalid('locale must be "vi" or "en"');
  return parsed.data;
}

/** The playground actor: the chosen member, as the page named them. */
export function playgroundActor(memberId: string, displayName: string): Actor {
  return { platform: PLAYGROUND, platformUserId: memberId, displayName };
}

export interface TurnContext {
  readonly displayName: string;
  readonly clock: Clock;
  readonly requestId: string;
}

/** Builds the channel-neutral Turn from a validated request. */
export function toTurn(request: PlaygroundTurnRequest, context: TurnContext): Turn {
  return {
    event:
      'action' in request
        ? { kind: 'card.action', verb: request.action.verb, data: request.action.data }
        : { kind: 'message', text: request.text },
    actor: playgroundActor(request.memberId, context.displayName),
    conversation: { platform: PLAYGROUND, conversationId: request.cellId, personal: false },
    locale: request.locale,
    receivedAt: context.clock.now(),
    requestId: context.requestId,
  };
}
