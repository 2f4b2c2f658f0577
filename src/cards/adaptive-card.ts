/** The Adaptive Card 1.5 JSON every renderer produces, as plain data. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** An Adaptive Card as plain JSON (what Teams' attachment `content` and the playground take). */
export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly version: '1.5';
  readonly $schema: typeof ADAPTIVE_CARD_SCHEMA;
  readonly body: JsonObject[];
  readonly actions?: JsonObject[];
}

/** MIME type for a card attachment / an invoke answer carrying a card. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
