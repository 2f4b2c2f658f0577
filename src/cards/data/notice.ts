/** Template data for the meeting notice (cards/notice.json). */
import type { NoticeView } from '../view-models';
import { fill, type Labels } from '../labels';
import { baseData, linesOf, safeUrl, textLines, type BaseData, type Fact, type LabelledLine } from './common';

interface VenueData {
  readonly name: string;
  readonly main: boolean;
}

interface AgendaData {
  readonly number: string;
  readonly title: string;
  readonly presenter: string;
  readonly hasPresenter: boolean;
  readonly documentUrl: string;
  readonly hasDocument: boolean;
}

interface LinkData {
  readonly title: string;
  readonly url: string;
  readonly hasUrl: boolean;
}

interface RsvpData {
  /** RSVP buttons: not on a cancelled meeting nor on a draft shown to the committee. */
  readonly show: boolean;
  /** "Tham dự trực tuyến" as a ShowCard with the venue choice, or as a plain button when there is no venue. */
  readonly onlineChoice: boolean;
  readonly onlineDirect: boolean;
  readonly venueChoices: readonly { readonly title: string; readonly value: string }[];
  readonly venueValue: string;
  readonly reasonValue: string;
}

export interface NoticeData extends BaseData {
  readonly meetingId: string;
  readonly parentOrganisation: string;
  readonly hasParentOrganisation: boolean;
  readonly cellName: string;
  readonly heading: string;
  readonly cancelled: boolean;
  readonly preview: boolean;
  readonly facts: readonly LabelledLine[];
  readonly venues: readonly VenueData[];
  readonly hasVenues: boolean;
  /** "Vào phòng họp trực tuyến" (Action.OpenUrl), on a meeting that is not cancelled. */
  readonly joinUrl: string;
  readonly hasJoin: boolean;
  readonly agenda: readonly AgendaData[];
  readonly hasAgenda: boolean;
  readonly documents: readonly LinkData[];
  readonly hasDocuments: boolean;
  readonly guests: readonly string[];
  readonly hasGuests: boolean;
  readonly people: readonly LabelledLine[];
  readonly requestLines: readonly string[];
  readonly showCounts: boolean;
  readonly counts: readonly Fact[];
  readonly warnings: readonly string[];
  readonly hasWarnings: boolean;
  readonly showMyAnswer: boolean;
  readonly myAnswer: LabelledLine;
  readonly rsvp: RsvpData;
}

function venueData(venue: NoticeView['venues'][number]): VenueData {
  return { name: venue.name, main: venue.main };
}

function agendaData(item: NoticeView['agenda'][number], l: Labels): AgendaData {
  const documentUrl = safeUrl(item.documentUrl);
  const presenter = item.presenter === undefined || item.presenter === '' ? '' : fill(l.presenter, { name: item.presenter });
  return {
    number: `(${item.position}) `,
    title: item.title,
    presenter: presenter === '' ? '' : ` – ${presenter}`,
    hasPresenter: presenter !== '',
    documentUrl,
    hasDocument: documentUrl !== '',
  };
}

function answerText(answer: NonNullable<NoticeView['myAnswer']>, l: Labels): string {
  switch (answer.answer) {
    case 'attend':
      return l.attend;
    case 'attend_online':
      return answer.venue ? `${l.attendOnline} – ${l.site} ${answer.venue}` : l.attendOnline;
    case 'excused':
      return answer.reason ? `${l.excused} – ${l.reason}: ${answer.reason}` : l.excused;
  }
}

/**
 * Online attendance is offered unless the meeting is plainly in person: held in
 * person at exactly one venue with no join link. An online meeting offers it even with one venue.
 */
function offersOnline(view: NoticeView): boolean {
  return view.online || view.venues.length !== 1 || safeUrl(view.joinUrl) !== '';
}

function rsvpData(view: NoticeView, l: Labels): RsvpData {
  const show = !view.cancelled && view.preview !== true;
  const online = show && offersOnline(view);
  const names = view.venues.map((venue) => venue.name);
  const current = view.myAnswer?.venue;
  const venueValue = current !== undefined && names.includes(current) ? current : names.length === 1 ? (names[0] ?? '') : '';
  return {
    show,
    onlineChoice: online && names.length > 0,
    onlineDirect: online && names.length === 0,
    venueChoices: view.venues.map((venue) => ({
      title: venue.main ? `${venue.name} (${l.mainVenue})` : venue.name,
      value: venue.name,
    })),
    venueValue,
    reasonValue: view.myAnswer?.reason ?? '',
  };
}

function people(view: NoticeView, l: Labels): LabelledLine[] {
  const lines: LabelledLine[] = [];
  if (view.chair) lines.push({ label: l.chair, value: view.chair });
  if (view.minuteTaker) lines.push({ label: l.minuteTaker, value: view.minuteTaker });
  return lines;
}

function counts(view: NoticeView, l: Labels): Fact[] {
  const { attend, attendOnline, excused, noAnswer, exemptAttending } = view.counts;
  return [
    { title: l.countAttend, value: String(attend) },
    { title: l.countAttendOnline, value: String(attendOnline) },
    ...(exemptAttending > 0 ? [{ title: l.countExemptAttending, value: String(exemptAttending) }] : []),
    { title: l.countExcused, value: String(excused) },
    { title: l.countNoAnswer, value: String(noAnswer) },
  ];
}

/** Builds the notice template's data from its view. */
export function noticeData(view: NoticeView): NoticeData {
  const base = baseData(view.locale);
  const l = base.l;
  const live = !view.cancelled;
  const joinUrl = live ? safeUrl(view.joinUrl) : '';
  const documents = view.documents.map((doc) => ({ title: doc.title, url: safeUrl(doc.url), hasUrl: safeUrl(doc.url) !== '' }));
  const guests = view.guests.map((guest) => (guest.position ? `${guest.name} – ${guest.position}` : guest.name));
  return {
    ...base,
    meetingId: view.meetingId,
    parentOrganisation: view.parentOrganisation,
    hasParentOrganisation: view.parentOrganisation.trim() !== '',
    cellName: view.cellName,
    heading: view.heading,
    cancelled: view.cancelled,
    preview: view.preview === true && live,
    facts: [
      { label: l.when, value: view.when },
      { label: l.form, value: view.formLabel },
    ],
    venues: view.venues.map(venueData),
    hasVenues: view.venues.length > 0,
    joinUrl,
    hasJoin: joinUrl !== '',
    agenda: view.agenda.map((item) => agendaData(item, l)),
    hasAgenda: view.agenda.length > 0,
    documents,
    hasDocuments: documents.length > 0,
    guests,
    hasGuests: guests.length > 0,
    people: people(view, l),
    requestLines: live ? textLines(view.request) : [],
    showCounts: live && view.preview !== true,
    counts: counts(view, l),
    warnings: linesOf(view.warnings),
    hasWarnings: view.warnings.length > 0,
    showMyAnswer: live && view.myAnswer !== undefined,
    myAnswer: { label: l.myAnswer, value: view.myAnswer ? answerText(view.myAnswer, l) : '' },
    rsvp: rsvpData(view, l),
  };
}
