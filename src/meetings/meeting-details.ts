/** The JSON columns of a meeting (venues, documents), validated on the way in and out. */
import { z } from 'zod';

// The online room is the meeting's `joinUrl`, one for every venue; a link left on a venue by older data is dropped here.
export const venueSchema = z.object({
  name: z.string().trim().min(1).max(200),
  main: z.boolean(),
});
export interface Venue {
  readonly name: string;
  readonly main: boolean;
}

/** The meeting's online room: an https link (what Teams, Zoom and Google Meet hand out). */
export const joinUrlSchema = z.url({ protocol: /^https$/ }).max(2000);

/** Whether a line the secretary typed is a link rather than a venue's name. */
export function looksLikeUrl(line: string): boolean {
  return /^(https?:\/\/|www\.)\S+$/i.test(line.trim());
}

export const documentSchema = z.object({
  title: z.string().trim().min(1).max(300),
  url: z.url().max(2000),
});
export type MeetingDocument = z.infer<typeof documentSchema>;

const venuesSchema = z.array(venueSchema).max(50);
const documentsSchema = z.array(documentSchema).max(50);

export function parseVenues(json: string): Venue[] {
  return venuesSchema.parse(JSON.parse(json)).map((v) => ({ name: v.name, main: v.main }));
}

export function parseDocuments(json: string): MeetingDocument[] {
  return documentsSchema.parse(JSON.parse(json));
}

/** Documents marked secret must never be posted (DOMAIN.md, Safety): link to them instead. */
export function isMarkedSecret(title: string): boolean {
  return /(^|[^\p{L}])MẬT($|[^\p{L}])/u.test(title.normalize('NFC').toUpperCase());
}
