/** The playground channel's HTTP API as the page sees it (src/channels/playground). */
import type { Locale } from './i18n';

export interface Cell {
  readonly id: string;
  readonly name: string;
}

export interface Member {
  readonly id: string;
  readonly fullName: string;
  readonly status: string;
  readonly role: string;
}

/** An Adaptive Card 1.5 as JSON. */
export type CardJson = Record<string, unknown>;

export type Reply =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'card'; readonly card: CardJson; readonly cardKey?: string };

export interface TurnResponse {
  readonly replies: readonly Reply[];
  readonly updatedCard?: CardJson;
  readonly refreshes: readonly { readonly cardKey: string; readonly card: CardJson }[];
}

export type TurnInput =
  { readonly text: string } | { readonly action: { readonly verb: string; readonly data: Record<string, unknown> } };

export interface Speaker {
  readonly cellId: string;
  readonly memberId: string;
  readonly locale: Locale;
}

/** A refusal from the server: `{ error: { code, message } }`. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const BASE = '/playground/api';

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(BASE + path, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error =
      typeof body === 'object' && body !== null && 'error' in body
        ? (body.error as { code?: string; message?: string })
        : {};
    throw new ApiFailure(
      response.status,
      error.code ?? 'http.' + response.status,
      error.message ?? response.statusText,
    );
  }
  return body as T;
}

export async function fetchCells(): Promise<Cell[]> {
  return (await call<{ cells: Cell[] }>('/cells')).cells;
}

export async function fetchMembers(cellId: string): Promise<Member[]> {
  return (await call<{ members: Member[] }>(`/cells/${encodeURIComponent(cellId)}/members`)).members;
}

export function postTurn(speaker: Speaker, input: TurnInput): Promise<TurnResponse> {
  return call<TurnResponse>('/turn', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...speaker, ...input }),
  });
}

/** A shared card as one member sees it. */
export async function fetchCard(cardKey: string, memberId: string, locale: Locale): Promise<CardJson> {
  const query = new URLSearchParams({ memberId, locale });
  return (await call<{ card: CardJson }>(`/cards/${encodeURIComponent(cardKey)}?${query}`)).card;
}
