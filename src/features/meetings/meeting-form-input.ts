/**
 * The new-meeting form as the card submits it (all strings), parsed into a
 * validated plan. Multi-line inputs hold one entry per line.
 */
import { z } from 'zod';
import { MEETING_FORMS, MEETING_KINDS, type Locale, type MeetingForm, type MeetingKind } from '../../core/types';
import { joinUrlSchema, looksLikeUrl, type MeetingDocument, type Venue } from '../../meetings/meeting-details';

export interface MeetingPlan {
  readonly date: string;
  readonly time: string;
  readonly form: MeetingForm;
  readonly kind: MeetingKind;
  readonly venues: Venue[];
  /** The online room, shared by every venue. */
  readonly joinUrl?: string;
  readonly agenda: { title: string; presenter?: string }[];
  readonly documents: MeetingDocument[];
  readonly guests: { name: string; position: string }[];
  readonly chairMemberId?: string;
  readonly minuteTakerMemberId?: string;
}

const text = (max: number) => z.string().max(max).optional().default('');

const formSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  form: z.enum(MEETING_FORMS),
  kind: z.enum(MEETING_KINDS).optional().default('regular'),
  venues: text(4000),
  joinUrl: z.string().trim().max(2000).optional().default(''),
  agenda: text(8000),
  documents: text(8000),
  guests: text(4000),
  // Hosts send '' for an untouched choice: treat it as "not chosen".
  chairMemberId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
  minuteTakerMemberId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
});

// The form's problems in the member's language; a field is named as the form labels it.
const WORDS = {
  vi: {
    invalid: (field: string) => `Chưa hợp lệ: ${field}`,
    fields: {
      date: 'Ngày sinh hoạt (YYYY-MM-DD)',
      time: 'Giờ bắt đầu (HH:mm)',
      form: 'Hình thức',
      kind: 'Loại kỳ sinh hoạt',
      venues: 'Địa điểm, điểm cầu',
      agenda: 'Chương trình',
      documents: 'Tài liệu',
      guests: 'Đại biểu',
      chairMemberId: 'Chủ trì',
      minuteTakerMemberId: 'Thư ký',
      joinUrl: 'Đường dẫn phòng họp trực tuyến',
    },
    document: (line: string) => `Tài liệu "${line}": cần dạng "Tên tài liệu | https://…"`,
    noAgenda: 'Cần ít nhất một nội dung trong chương trình.',
    mixedVenues: 'Hình thức trực tuyến kết hợp trực tiếp cần điểm cầu chính và ít nhất một điểm cầu thành phần.',
    noVenue: 'Cần địa điểm sinh hoạt.',
    joinUrl: 'Đường dẫn phòng họp trực tuyến cần là một địa chỉ https://… đầy đủ (Teams, Zoom, Google Meet…).',
    inPersonJoinUrl:
      'Kỳ sinh hoạt trực tiếp không có phòng họp trực tuyến: đề nghị chọn hình thức trực tuyến hoặc kết hợp, hoặc bỏ đường dẫn.',
    venueLinks: (links: string) =>
      `Địa điểm "${links}" là đường dẫn, không phải tên điểm cầu: đề nghị ghi đường dẫn (một, dạng https://…) vào ô "Đường dẫn phòng họp trực tuyến" và chỉ ghi tên điểm cầu ở ô Địa điểm.`,
    venueLinkMoved: (line: string) =>
      `Dòng "${line}" ở ô Địa điểm là đường dẫn phòng họp trực tuyến: đã chuyển sang ô "Đường dẫn phòng họp trực tuyến". Đề nghị kiểm tra lại rồi bấm tạo kỳ sinh hoạt.`,
  },
  en: {
    invalid: (field: string) => `Not valid: ${field}`,
    fields: {
      date: 'Meeting date (YYYY-MM-DD)',
      time: 'Start time (HH:mm)',
      form: 'Form',
      kind: 'Kind of meeting',
      venues: 'Venues',
      agenda: 'Agenda',
      documents: 'Documents',
      guests: 'Guests',
      chairMemberId: 'Chair',
      minuteTakerMemberId: 'Minute-taker',
      joinUrl: 'Online meeting link',
    },
    document: (line: string) => `Document "${line}": write it as "Title | https://…"`,
    noAgenda: 'The agenda needs at least one item.',
    mixedVenues: 'An online and in-person meeting needs a main venue and at least one remote venue.',
    noVenue: 'The venue is missing.',
    joinUrl: 'The online meeting link must be a full https://… address (Teams, Zoom, Google Meet…).',
    inPersonJoinUrl:
      'An in-person meeting has no online room: choose online or online and in person, or remove the link.',
    venueLinks: (links: string) =>
      `Venue "${links}" is a link, not a venue's name: put the link (one, https://…) in the "Online meeting link" field and only venue names in Venues.`,
    venueLinkMoved: (line: string) =>
      `The line "${line}" in Venues is the online meeting link: it was moved to the "Online meeting link" field. Please check and create the meeting again.`,
  },
} as const;

function fieldName(path: readonly PropertyKey[], locale: Locale): string {
  const fields: Readonly<Record<string, string>> = WORDS[locale].fields;
  const key = String(path[0] ?? '');
  return fields[key] ?? key;
}

/** What the secretary typed, to put back in the form when it returns with errors. */
export function submittedDefaults(data: unknown): Record<string, string> {
  if (typeof data !== 'object' || data === null) return {};
  const keep = [
    'kind',
    'venues',
    'joinUrl',
    'agenda',
    'documents',
    'guests',
    'chairMemberId',
    'minuteTakerMemberId',
    'date',
    'time',
    'form',
  ];
  return Object.fromEntries(
    Object.entries(data).filter(([k, v]) => keep.includes(k) && typeof v === 'string' && v.length <= 8000),
  ) as Record<string, string>;
}

function lines(block: string): string[] {
  return block
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** "Nội dung – Người trình bày": an en dash, em dash or " - " separates the two parts. */
function splitPair(line: string): [string, string | undefined] {
  const match = /^(.*?)\s+[–—-]\s+(.*)$/.exec(line);
  return match ? [match[1]!.trim(), match[2]!.trim()] : [line, undefined];
}

function parseDocumentLine(line: string, errors: string[], locale: Locale): MeetingDocument | null {
  const [title, url] = line.split('|').map((part) => part.trim());
  if (!title || !url || !z.url().safeParse(url).success) {
    errors.push(WORDS[locale].document(line));
    return null;
  }
  return { title, url };
}

interface VenueLines {
  readonly venues: Venue[];
  readonly joinUrl: string;
  /** Set when a venue line was a link: the form comes back with it moved to the join-link field. */
  readonly moved?: { readonly venues: string; readonly joinUrl: string };
}

/**
 * A venue line that is a link is not a venue's name: it is moved to the join-link field (when that is empty)
 * and the form comes back for the secretary to check, so no URL ever becomes a venue.
 */
function splitVenueLines(block: string, typedJoinUrl: string, errors: string[], locale: Locale): VenueLines {
  const all = lines(block);
  const links = all.filter(looksLikeUrl);
  const venues = all.filter((line) => !looksLikeUrl(line)).map((name, index) => ({ name, main: index === 0 }));
  if (links.length === 0) return { venues, joinUrl: typedJoinUrl };
  const [first] = links;
  if (typedJoinUrl !== '' || links.length > 1 || !joinUrlSchema.safeParse(first).success) {
    errors.push(WORDS[locale].venueLinks(links.join('", "')));
    return { venues, joinUrl: typedJoinUrl };
  }
  errors.push(WORDS[locale].venueLinkMoved(first ?? ''));
  const joinUrl = first ?? '';
  return { venues, joinUrl, moved: { venues: venues.map((v) => v.name).join('\n'), joinUrl } };
}

export type MeetingFormOutcome =
  | { ok: true; plan: MeetingPlan }
  /** `refill`: values to show instead of what was typed (a link moved out of the venues). */
  | { ok: false; errors: string[]; refill?: Record<string, string> };

/** Parses the form; returns the plan or the list of problems to show on the form. */
export function parseMeetingForm(data: unknown, locale: Locale): MeetingFormOutcome {
  const words = WORDS[locale];
  const parsed = formSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: [...new Set(parsed.error.issues.map((i) => words.invalid(fieldName(i.path, locale))))],
    };
  }
  const input = parsed.data;
  const errors: string[] = [];
  if (input.joinUrl !== '' && !joinUrlSchema.safeParse(input.joinUrl).success) errors.push(words.joinUrl);
  const { venues, joinUrl, moved } = splitVenueLines(input.venues, input.joinUrl, errors, locale);
  const agenda = lines(input.agenda).map((line) => {
    const [title, presenter] = splitPair(line);
    return presenter === undefined ? { title } : { title, presenter };
  });
  const documents = lines(input.documents)
    .map((line) => parseDocumentLine(line, errors, locale))
    .filter((d): d is MeetingDocument => d !== null);
  const guests = lines(input.guests).map((line) => {
    const [name, position] = splitPair(line);
    return { name, position: position ?? '' };
  });
  if (agenda.length === 0) errors.push(words.noAgenda);
  if (input.form === 'mixed' && venues.length < 2) errors.push(words.mixedVenues);
  if (input.form === 'in_person' && venues.length === 0) errors.push(words.noVenue);
  if (input.form === 'in_person' && joinUrl !== '') errors.push(words.inPersonJoinUrl);
  if (errors.length > 0)
    return { ok: false, errors, ...(moved ? { refill: { ...submittedDefaults(data), ...moved } } : {}) };
  const plan: MeetingPlan = {
    date: input.date,
    time: input.time,
    form: input.form,
    kind: input.kind,
    venues,
    ...(joinUrl !== '' ? { joinUrl } : {}),
    agenda,
    documents,
    guests,
    ...(input.chairMemberId ? { chairMemberId: input.chairMemberId } : {}),
    ...(input.minuteTakerMemberId ? { minuteTakerMemberId: input.minuteTakerMemberId } : {}),
  };
  return { ok: true, plan };
}
