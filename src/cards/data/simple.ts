/** Template data for the plain cards: message, help and roster. */
import type { HelpView, MessageView, RosterView } from '../view-models';
import { fill } from '../labels';
import { actionData, baseData, safeUrl, textLines, type ActionData, type BaseData } from './common';

export interface MessageData extends BaseData {
  readonly title: string;
  readonly hasTitle: boolean;
  readonly lines: readonly string[];
  readonly color: 'default' | 'good' | 'warning' | 'attention';
  readonly actions: readonly ActionData[];
  readonly links: readonly { readonly title: string; readonly url: string }[];
}

const TONE_COLORS: Readonly<Record<MessageView['tone'], MessageData['color']>> = {
  info: 'default',
  success: 'good',
  warning: 'warning',
  error: 'attention',
};

/** Builds the message template's data from its view. */
export function messageData(view: MessageView): MessageData {
  return {
    ...baseData(view.locale),
    title: view.title ?? '',
    hasTitle: view.title !== undefined && view.title !== '',
    lines: textLines(view.text),
    color: TONE_COLORS[view.tone],
    actions: (view.actions ?? []).map(actionData),
    links: (view.links ?? []).map((link) => ({ title: link.title, url: safeUrl(link.url) })).filter((link) => link.url !== ''),
  };
}

export interface HelpData extends BaseData {
  readonly isCommittee: boolean;
  readonly commands: readonly { readonly command: string; readonly description: string }[];
}

/** Builds the help template's data from its view. */
export function helpData(view: HelpView): HelpData {
  return {
    ...baseData(view.locale),
    isCommittee: view.isCommittee,
    commands: view.commands.map((c) => ({ command: c.command, description: c.description })),
  };
}

/** Above this many members the roster card lists the first ones and counts the rest (Teams' ~28 KB limit). */
export const ROSTER_CARD_LIMIT = 100;

export interface RosterData extends BaseData {
  readonly cellName: string;
  readonly totalsLines: readonly string[];
  readonly members: readonly { readonly name: string; readonly details: string }[];
  readonly more: string;
  readonly hasMore: boolean;
}

function memberDetails(member: RosterView['members'][number]): string {
  const parts = [member.statusLabel];
  if (member.role !== 'member') parts.push(member.roleLabel);
  if (member.partyGroup) parts.push(member.partyGroup);
  return ` – ${parts.filter((part) => part !== '').join(', ')}`;
}

/** Builds the roster template's data from its view. */
export function rosterData(view: RosterView): RosterData {
  const base = baseData(view.locale);
  const shown = view.members.slice(0, ROSTER_CARD_LIMIT);
  const hidden = view.members.length - shown.length;
  return {
    ...base,
    cellName: view.cellName,
    totalsLines: textLines(view.totalsLine),
    members: shown.map((member, index) => ({ name: `${index + 1}. ${member.name}`, details: memberDetails(member) })),
    more: hidden > 0 ? fill(base.l.rosterMore, { n: hidden }) : '',
    hasMore: hidden > 0,
  };
}
