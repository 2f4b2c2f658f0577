/** Stable keys of shared cards: `<kind>:<id>`. Channels store them with the sent message to refresh it. */
export type CardKind = 'notice' | 'rollcall' | 'vote' | 'summary';

export interface CardKey {
  readonly kind: CardKind;
  readonly id: string;
}

const KINDS: readonly CardKind[] = ['notice', 'rollcall', 'vote', 'summary'];

export function cardKey(kind: CardKind, id: string): string {
  return `${kind}:${id}`;
}

/** Parses a card key; null for anything that is not one of ours. */
export function parseCardKey(text: string): CardKey | null {
  const separator = text.indexOf(':');
  if (separator <= 0) return null;
  const kind = text.slice(0, separator);
  const id = text.slice(separator + 1);
  if (!(KINDS as readonly string[]).includes(kind) || !/^[\w-]{1,64}$/.test(id)) return null;
  return { kind: kind as CardKind, id };
}
