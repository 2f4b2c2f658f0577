/**
 * The chat timeline of one cell: entries kept in sessionStorage (a dev tool,
 * so a reload keeps the conversation and closing the tab forgets it) and one
 * DOM element per entry, updated in place so other cards keep their inputs.
 */
import type { CardJson } from './api';

export type Entry =
  | {
      readonly id: string;
      readonly kind: 'text';
      readonly from: 'me' | 'bot' | 'system';
      readonly author: string;
      readonly text: string;
      readonly error?: boolean;
    }
  | { readonly id: string; readonly kind: 'card'; readonly card: CardJson; readonly cardKey?: string };

export type CardEntry = Extract<Entry, { kind: 'card' }>;

export interface TimelineView {
  /** Renders a card entry's body (the page wires card actions here). */
  renderCard(entry: CardEntry): HTMLElement;
  authorOf(entry: Entry): string;
  emptyText(): string;
}

const MAX_ENTRIES = 200;

export function newEntryId(): string {
  // Not crypto.randomUUID: it is missing on plain-http LAN addresses.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export class Timeline {
  private entries: Entry[] = [];
  private readonly elements = new Map<string, HTMLElement>();
  private storageKey = 'chibo.playground.timeline.none';

  constructor(
    private readonly list: HTMLElement,
    private readonly view: TimelineView,
  ) {}

  /** Switches to the stored conversation of another cell. */
  open(storageKey: string): void {
    this.storageKey = storageKey;
    this.entries = readEntries(storageKey);
    this.renderAll();
  }

  add(entry: Entry): void {
    this.entries.push(entry);
    this.entries = this.entries.slice(-MAX_ENTRIES);
    this.save();
    this.list.querySelector('.timeline-empty')?.remove();
    const element = this.renderEntry(entry);
    this.list.append(element);
    // Show the start of what just arrived: a long card would otherwise show only its end.
    this.list.scrollTop = Math.max(0, element.offsetTop - 8);
  }

  /** Replaces the card of one entry (updatedCard, a refresh, another member's view). */
  replaceCard(id: string, card: CardJson): void {
    const index = this.entries.findIndex((entry) => entry.id === id);
    const current = this.entries[index];
    if (current === undefined || current.kind !== 'card') return;
    const updated: CardEntry = { ...current, card };
    this.entries[index] = updated;
    this.save();
    this.elements.get(id)?.replaceWith(this.renderEntry(updated));
  }

  /** Card entries that show a shared card (optionally one key). */
  sharedCards(cardKey?: string): CardEntry[] {
    return this.entries.filter(
      (entry): entry is CardEntry =>
        entry.kind === 'card' && entry.cardKey !== undefined && (cardKey === undefined || entry.cardKey === cardKey),
    );
  }

  clear(): void {
    this.entries = [];
    this.save();
    this.renderAll();
  }

  /** Re-renders everything (after a language switch). */
  renderAll(): void {
    this.elements.clear();
    this.list.replaceChildren(...this.entries.map((entry) => this.renderEntry(entry)));
    if (this.entries.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'timeline-empty';
      empty.textContent = this.view.emptyText();
      this.list.append(empty);
    }
  }

  private renderEntry(entry: Entry): HTMLElement {
    const item = document.createElement('li');
    item.className = `entry entry--${entry.kind === 'card' ? 'bot' : entry.from} entry--${entry.kind}`;
    item.dataset.entryId = entry.id;
    const author = document.createElement('p');
    author.className = 'entry__author';
    author.textContent = this.view.authorOf(entry);
    item.append(author);
    if (entry.kind === 'card') {
      if (entry.cardKey !== undefined) item.dataset.cardKey = entry.cardKey;
      const body = document.createElement('div');
      body.className = 'entry__card';
      body.append(this.view.renderCard(entry));
      item.append(body);
    } else {
      const body = document.createElement('p');
      body.className = entry.error ? 'entry__text entry__text--error' : 'entry__text';
      body.textContent = entry.text;
      item.append(body);
    }
    this.elements.set(entry.id, item);
    return item;
  }

  private save(): void {
    try {
      sessionStorage.setItem(this.storageKey, JSON.stringify(this.entries));
    } catch (error) {
      // Storage full or disabled: the timeline still works for this page view.
      console.warn('timeline not saved', error);
    }
  }
}

function readEntries(storageKey: string): Entry[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Entry[]) : [];
  } catch (error) {
    console.warn('stored timeline ignored', error);
    return [];
  }
}
