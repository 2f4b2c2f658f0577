/** Template data for the roll call (cards/rollcall.json). */
import type { Presence } from '../../core/types';
import type { RollCallView } from '../view-models';
import type { Labels } from '../labels';
import { baseData, linesOf, textLines, type BaseData, type LabelledLine } from './common';

export interface RollCallData extends BaseData {
  readonly meetingId: string;
  readonly heading: string;
  readonly summaryLines: readonly string[];
  readonly notes: readonly string[];
  readonly rows: readonly { readonly label: string; readonly total: string; readonly present: string }[];
  readonly hasRows: boolean;
  readonly quorumLines: readonly string[];
  readonly warnings: readonly string[];
  readonly hasWarnings: boolean;
  readonly showMine: boolean;
  readonly mine: LabelledLine;
  readonly open: boolean;
  readonly closed: boolean;
  readonly showVenueChoice: boolean;
  /** The shared card: no preselected venue, none required (the member's RSVP venue is taken). */
  readonly showSharedVenueChoice: boolean;
  readonly venueChoices: readonly { readonly title: string; readonly value: string }[];
  readonly venueValue: string;
  /** The check-in button sends the venue choice only when there is one. */
  readonly checkinInputs: 'auto' | 'none';
}

function presenceLabel(presence: Presence, l: Labels): string {
  switch (presence) {
    case 'present':
      return l.present;
    case 'excused':
      return l.presenceExcused;
    case 'unexcused':
      return l.presenceUnexcused;
  }
}

function mine(view: RollCallView, l: Labels): LabelledLine {
  const my = view.myPresence;
  if (my === undefined) return { label: '', value: '' };
  const presence = presenceLabel(my.presence, l);
  return { label: l.myPresence, value: my.venue ? `${presence} – ${l.site} ${my.venue}` : presence };
}

/** Builds the roll-call template's data from its view. */
export function rollCallData(view: RollCallView): RollCallData {
  const base = baseData(view.locale);
  const l = base.l;
  const hasVenues = view.venues.length > 0;
  // One card for everyone cannot know whose venue to preselect, unless there is only one venue.
  const shared = view.personal !== true && view.venues.length > 1;
  const current = [view.myPresence?.venue, view.myRsvpVenue].find((venue) => venue !== undefined && view.venues.includes(venue));
  return {
    ...base,
    meetingId: view.meetingId,
    heading: view.heading,
    summaryLines: textLines(view.summaryLine),
    notes: linesOf(view.notes ?? []),
    rows: view.byStatus.map((row) => ({ label: row.label, total: String(row.total), present: String(row.present) })),
    hasRows: view.byStatus.length > 0,
    quorumLines: textLines(view.quorumLine),
    warnings: linesOf(view.warnings),
    hasWarnings: view.warnings.length > 0,
    showMine: view.myPresence !== undefined,
    mine: mine(view, l),
    open: view.open,
    closed: !view.open,
    showVenueChoice: view.open && hasVenues && !shared,
    showSharedVenueChoice: view.open && shared,
    venueChoices: view.venues.map((venue) => ({ title: venue, value: venue })),
    venueValue: current ?? view.venues[0] ?? '',
    checkinInputs: hasVenues ? 'auto' : 'none',
  };
}
