/**
 * The shape of a Bot Framework activity as this bot and botbuilder read it,
 * checked at POST /api/messages before authentication and the turn: a field of
 * the wrong type (a numeric `from.name`, an object as `text`, a mention entity
 * without `mentioned`) is a 400 that names it, not a 500 from deep inside a turn.
 * Unknown fields pass through as Teams sent them.
 */
import { z } from 'zod';
import type { Activity } from 'botbuilder';
import { ApiError } from '../../server';

// Teams sends some optional strings as null; the readers treat null as absent.
const optionalText = (max: number) => z.string().max(max).nullish();

const account = z
  .object({
    id: z.string().min(1).max(512),
    name: optionalText(512),
    aadObjectId: optionalText(512),
    role: optionalText(64),
  })
  .loose();

const conversation = account.extend({
  conversationType: optionalText(64),
  tenantId: optionalText(512),
  isGroup: z.boolean().nullish(),
});

/** botbuilder lowercases every entity's type and reads `mentioned.id` of each mention when it strips the bot's @mention. */
const entity = z
  .object({
    type: z.string().max(256),
    mentioned: account.optional(),
    text: optionalText(4096),
  })
  .loose()
  .refine((e) => e.type.toLowerCase() !== 'mention' || e.mentioned !== undefined, {
    message: 'a mention names who is mentioned',
    path: ['mentioned'],
  });

const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: optionalText(512),
    name: optionalText(256),
    channelId: z.string().min(1).max(64),
    serviceUrl: z
      .string()
      .max(2048)
      .refine((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol)),
    conversation,
    from: account,
    recipient: account,
    text: optionalText(100_000),
    locale: optionalText(64),
    replyToId: optionalText(512),
    deliveryMode: optionalText(64),
    membersAdded: z.array(account).max(1000).optional(),
    membersRemoved: z.array(account).max(1000).optional(),
    entities: z.array(entity).max(256).optional(),
    channelData: z.record(z.string(), z.unknown()).nullish(),
  })
  .loose();

/** The request body as an activity, or ApiError 400 `activity.invalid` naming the fields that are wrong. */
export function parseActivity(body: unknown): Activity {
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'body'))]
      .slice(0, 10)
      .join(', ');
    throw new ApiError(400, 'activity.invalid', `Not a Bot Framework activity (${fields}).`);
  }
  // Validated above for what this bot and botbuilder read; botbuilder's own type describes the rest.
  return parsed.data as unknown as Activity;
}
