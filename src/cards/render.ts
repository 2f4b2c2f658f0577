/**
 * View model → Adaptive Card 1.5 JSON, for Teams, the playground, the tab and
 * the signed Zalo pages. Pure: the templates were loaded when the module was.
 */
import type { AdaptiveCard, JsonObject } from './adaptive-card';
import { committeeReportCard } from './committee-report-card';
import type { CardView, TemplateView } from './view-models';
import { expandTemplate } from './templates';
import { noticeData } from './data/notice';
import { voteData } from './data/vote';
import { rollCallData } from './data/rollcall';
import { summaryData } from './data/summary';
import { meetingFormData } from './data/meeting-form';
import { helpData, messageData, rosterData } from './data/simple';
import { setupFormData, setupRosterData } from './data/setup';

export {
  ADAPTIVE_CARD_CONTENT_TYPE,
  ADAPTIVE_CARD_SCHEMA,
  type AdaptiveCard,
  type JsonObject,
  type JsonValue,
} from './adaptive-card';

function templateData(view: TemplateView): object {
  switch (view.type) {
    case 'message':
      return messageData(view);
    case 'help':
      return helpData(view);
    case 'meeting.form':
      return meetingFormData(view);
    case 'notice':
      return noticeData(view);
    case 'rollcall':
      return rollCallData(view);
    case 'vote':
      return voteData(view);
    case 'summary':
      return summaryData(view);
    case 'roster':
      return rosterData(view);
    case 'setup.form':
      return setupFormData(view);
    case 'setup.roster':
      return setupRosterData(view);
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the expansion's top level and drops an `actions` list that every
 * `$when` emptied (a card with no buttons is written without the key).
 */
function toCard(expanded: unknown, type: TemplateView['type']): AdaptiveCard {
  if (!isObject(expanded) || expanded['type'] !== 'AdaptiveCard' || !Array.isArray(expanded['body'])) {
    throw new Error(`cards: template "${type}" did not expand to an AdaptiveCard`);
  }
  const { actions, ...rest } = expanded;
  const card = rest as unknown as AdaptiveCard;
  return Array.isArray(actions) && actions.length > 0 ? { ...card, actions: actions as JsonObject[] } : card;
}

/**
 * Every string in Unicode NFC: text typed on some keyboards (or pasted from a
 * PDF) arrives decomposed, and a base letter with loose combining marks renders
 * apart in many fonts ("bê ́mạc"); precomposed Vietnamese letters do not.
 */
function toNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfc);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNfc(item)]));
  return value;
}

/** Renders a view model as an Adaptive Card 1.5 (a new plain object each call). */
export function renderCard(view: CardView): AdaptiveCard {
  // The committee's report is built in code (its rows vary too much for a template).
  if (view.type === 'committee.report')
    return toNfc(committeeReportCard(view.report, view.locale, view.links)) as AdaptiveCard;
  return toCard(toNfc(expandTemplate(view.type, templateData(view))), view.type);
}
