/** Reading what a member would see on a card the bot sent or answered with. */

type Json = unknown;

/** Every `text`/`title`/`value` string on a card, in order, joined by newlines. */
export function cardText(card: Json): string {
  const out: string[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && (key === 'text' || key === 'title' || key === 'value')) out.push(value);
      else walk(value);
    }
  };
  walk(card);
  return out.join('\n');
}

/** The card of an `adaptiveCard/action` answer (throws when it is not one). */
export function answeredCard(body: unknown): Record<string, unknown> {
  const answer = body as { statusCode?: number; type?: string; value?: unknown };
  if (answer?.type !== 'application/vnd.microsoft.card.adaptive')
    throw new Error(`not a card answer: ${JSON.stringify(body).slice(0, 300)}`);
  return answer.value as Record<string, unknown>;
}

/** The Adaptive Card attached to a posted or updated activity, if any. */
export function attachedCard(activity: Record<string, unknown>): Record<string, unknown> | undefined {
  const attachments = activity['attachments'] as
    { contentType: string; content: Record<string, unknown> }[] | undefined;
  return attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** Action.Execute buttons of a card (top level and nested), as { verb, data, title }. */
export function executeActions(card: Json): { verb: string; title: string; data: Record<string, unknown> }[] {
  const found: { verb: string; title: string; data: Record<string, unknown> }[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record['type'] === 'Action.Execute' && typeof record['verb'] === 'string') {
      found.push({
        verb: record['verb'],
        title: String(record['title'] ?? ''),
        data: (record['data'] ?? {}) as Record<string, unknown>,
      });
    }
    Object.values(record).forEach(walk);
  };
  walk(card);
  return found;
}
