/**
 * Renders the bot's Adaptive Card 1.5 JSON with Microsoft's own renderer, so
 * the playground shows what Teams shows; Action.Execute comes back as a verb
 * plus data (with the inputs' values) for the page to post as a turn.
 */
import * as AC from 'adaptivecards';
import type { CardJson } from './api';

export interface CardActionEvent {
  readonly verb: string;
  readonly data: Record<string, unknown>;
  readonly title: string;
}

const foreground = {
  default: { default: '#1f2328', subtle: '#59636e' },
  dark: { default: '#1f2328', subtle: '#59636e' },
  light: { default: '#ffffff', subtle: '#f0f2f5' },
  accent: { default: '#0b5cad', subtle: '#3b7fc4' },
  good: { default: '#1a7f37', subtle: '#2f9e50' },
  warning: { default: '#9a6700', subtle: '#b98a1f' },
  attention: { default: '#c4262e', subtle: '#d9534f' },
};

/** A calm, Teams-like light theme. */
const hostConfig = new AC.HostConfig({
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 24, extraLarge: 32, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#d8dce3' },
  fontSizes: { small: 12, default: 14, medium: 16, large: 19, extraLarge: 23 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  containerStyles: {
    default: { backgroundColor: '#ffffff', foregroundColors: foreground },
    emphasis: { backgroundColor: '#f3f5f8', foregroundColors: foreground },
    good: { backgroundColor: '#e9f6ec', foregroundColors: foreground },
    warning: { backgroundColor: '#fff6e0', foregroundColors: foreground },
    attention: { backgroundColor: '#fdecec', foregroundColors: foreground },
    accent: { backgroundColor: '#e8f1fb', foregroundColors: foreground },
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 0, // the gap comes from style.css, so buttons can wrap to a new row
    allowTitleToWrap: true, // a long title wraps instead of ending in "…"
    showCard: { actionMode: 'inline', inlineTopMargin: 8 },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
  },
  adaptiveCard: { allowCustomStyle: true },
  imageSizes: { small: 40, medium: 80, large: 160 },
});

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The little Markdown the bot's cards use: **bold**, _italic_ and line breaks; everything else escaped. */
function markdownToHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (char) => escapes[char] ?? char)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|\W)_(.+?)_(?=\W|$)/g, '$1<em>$2</em>')
    .replace(/\r?\n/g, '<br>');
}

AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdownToHtml(text);
  result.didProcess = true;
};

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? { ...(value as Record<string, unknown>) }
    : {};
}

function toActionEvent(action: AC.Action): CardActionEvent | undefined {
  if (action instanceof AC.ExecuteAction) {
    return { verb: action.verb, data: asRecord(action.data), title: action.title ?? action.verb };
  }
  if (action instanceof AC.SubmitAction) {
    // Older cards put the verb in Action.Submit data; accept that shape too.
    const data = asRecord(action.data);
    if (typeof data.verb === 'string') return { verb: data.verb, data, title: action.title ?? data.verb };
  }
  if (action instanceof AC.OpenUrlAction && action.url) window.open(action.url, '_blank', 'noopener');
  return undefined;
}

/** Renders one card; a card the renderer rejects is shown as its JSON so nothing disappears silently. */
export function renderCard(json: CardJson, onAction: (event: CardActionEvent) => void): HTMLElement {
  const card = new AC.AdaptiveCard();
  card.hostConfig = hostConfig;
  card.onExecuteAction = (action) => {
    const event = toActionEvent(action);
    if (event) onAction(event);
  };
  const context = new AC.SerializationContext();
  try {
    card.parse(json, context);
    for (let i = 0; i < context.eventCount; i++) console.warn('Adaptive Card:', context.getEventAt(i).message);
    const element = card.render();
    if (element) return element;
  } catch (error) {
    console.error('Adaptive Card could not be rendered', error);
  }
  const fallback = document.createElement('pre');
  fallback.className = 'card-fallback';
  fallback.textContent = JSON.stringify(json, null, 2);
  return fallback;
}
