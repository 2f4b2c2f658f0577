/** Template data for the new-meeting form (cards/meeting-form.json). */
import type { MeetingFormView } from '../view-models';
import { baseData, linesOf, type BaseData } from './common';

interface Choice {
  readonly title: string;
  readonly value: string;
}

export interface MeetingFormData extends BaseData {
  readonly cellName: string;
  /** Sent back with the submit: the same form submitted twice creates one meeting. */
  readonly formKey: string;
  readonly errors: readonly string[];
  readonly hasErrors: boolean;
  /** Current input values: the defaults, or what was entered when the form comes back with errors. */
  readonly values: Readonly<Record<
    'date' | 'time' | 'form' | 'kind' | 'venues' | 'joinUrl' | 'agenda' | 'documents' | 'guests' | 'chairMemberId' | 'minuteTakerMemberId',
    string
  >>;
  readonly formChoices: readonly Choice[];
  readonly kindChoices: readonly Choice[];
  readonly members: readonly Choice[];
  /** A ChoiceSet needs at least one choice: without members the two pickers are left out. */
  readonly hasMembers: boolean;
}

/** Builds the meeting-form template's data from its view. */
export function meetingFormData(view: MeetingFormView): MeetingFormData {
  const base = baseData(view.locale);
  const l = base.l;
  const d = view.defaults;
  const errors = linesOf(view.errors ?? []);
  return {
    ...base,
    cellName: view.cellName,
    formKey: view.formKey ?? '',
    errors,
    hasErrors: errors.length > 0,
    values: {
      date: d.date,
      time: d.time,
      form: d.form,
      kind: d.kind ?? 'regular',
      venues: d.venues ?? '',
      joinUrl: d.joinUrl ?? '',
      agenda: d.agenda ?? '',
      documents: d.documents ?? '',
      guests: d.guests ?? '',
      chairMemberId: d.chairMemberId ?? '',
      minuteTakerMemberId: d.minuteTakerMemberId ?? '',
    },
    formChoices: [
      { title: l.formInPerson, value: 'in_person' },
      { title: l.formOnline, value: 'online' },
      { title: l.formMixed, value: 'mixed' },
    ],
    kindChoices: [
      { title: l.kindRegular, value: 'regular' },
      { title: l.kindThematic, value: 'thematic' },
      { title: l.kindExtraordinary, value: 'extraordinary' },
    ],
    members: view.members.map((member) => ({ title: member.name, value: member.id })),
    hasMembers: view.members.length > 0,
  };
}
