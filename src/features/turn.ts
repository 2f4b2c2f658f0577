/**
 * The one typed inbound union every channel produces, and what a turn answers.
 * Channels authenticate the actor; features never read identity from card data.
 */
import type { CardVerb, CardView } from '../cards/view-models';
import type { Locale, Platform } from '../core/types';
import type { JobDueEvent, JobResult } from '../meetings/job-due';

export type { JobDueEvent, JobResult, JobSend } from '../meetings/job-due';
export type { Platform } from '../core/types';

/** Who acts, as the platform authenticated them. */
export interface Actor {
  readonly platform: Platform;
  readonly platformUserId: string;
  readonly displayName?: string;
  readonly email?: string;
}

/** Where the turn happens. */
export interface ConversationAddress {
  readonly platform: Platform;
  readonly conversationId: string;
  /** Whether this is a 1:1 chat with the bot (personal scope / Zalo 1:1). */
  readonly personal: boolean;
}

export type InboundEvent =
  | { readonly kind: 'message'; readonly text: string }
  | { readonly kind: 'card.action'; readonly verb: CardVerb; readonly data: unknown }
  | { readonly kind: 'conversation.installed' };

export interface Turn {
  readonly event: InboundEvent;
  readonly actor: Actor;
  readonly conversation: ConversationAddress;
  readonly locale: Locale;
  /** Set by the channel from the injected clock. */
  readonly receivedAt: Date;
  /** Correlation id for logs. */
  readonly requestId: string;
}

/**
 * Who may see a reply (the table in ARCHITECTURE.md; `features/shared/audience.ts` decides the default):
 * `public` — the cell's shared conversation (a posted notice, roll call, vote, a result);
 * `committee` — committee work, to the committee member who asked and nobody else (the meeting form, a draft);
 * `actor` — one member's own answer: a confirmation, a refusal, help, a link.
 */
export type Audience = 'public' | 'committee' | 'actor';

export type Reply =
  | { readonly kind: 'text'; readonly text: string; readonly audience?: Audience }
  /** A card; `cardKey` names a shared card (notice, roll call, vote) the channel may refresh later. */
  | { readonly kind: 'card'; readonly view: CardView; readonly cardKey?: string; readonly audience?: Audience };

/** A shared card whose content changed: channels re-render it for the conversation (coalesced). */
export interface CardRefresh {
  /** Stable key of the shared card, e.g. `vote:<motionId>`, `notice:<meetingId>`, `rollcall:<meetingId>`. */
  readonly cardKey: string;
  /** The card as everyone (no viewer) sees it. */
  readonly view: CardView;
}

export interface TurnResult {
  /** Messages to post in the conversation. */
  readonly replies: readonly Reply[];
  /** For a card action: the card as this actor should now see it (replaces the card they pressed). */
  readonly updatedCard?: CardView;
  /** The updated card is what happened, the same for everyone (a one-shot action done): channels replace the pressed message for all. */
  readonly updatedCardForAll?: boolean;
  /** Shared cards to refresh for everyone. */
  readonly refreshes: readonly CardRefresh[];
  /** Set when the turn was refused (a domain error) or failed; `replies` then holds the message for the user. */
  readonly error?: { readonly code: string; readonly message: string };
}

/** One account in the turn's conversation, as the platform lists it (Teams: AAD object id, name, email or UPN). */
export interface ConversationMember {
  readonly platformUserId: string;
  readonly name: string;
  readonly email?: string;
}

/** Who is in the turn's conversation, asked of the platform only when a feature needs it (setup). */
export interface Directory {
  members(): Promise<readonly ConversationMember[]>;
}

/** What a channel offers the core with a turn, besides the turn's data; a channel without a member list leaves `directory` out. */
export interface ChannelPorts {
  readonly directory?: Directory;
}

/** The bot core seen from a channel. */
export interface BotCore {
  handle(turn: Turn, ports?: ChannelPorts): Promise<TurnResult>;
  /** Renders a shared card for one viewer (Teams refresh / playground / Zalo signed page). */
  viewCard(cardKey: string, viewer: Actor, locale: Locale): Promise<CardView>;
  /** A shared card as everyone sees it now, in its cell's language (updates rendered when they are sent). */
  sharedCard(cardKey: string): Promise<CardView>;
  /** The scheduler's inbound event: a due job, done by its feature (features/job-router.ts); answers what to send. */
  handleJob(event: JobDueEvent): Promise<JobResult>;
}
