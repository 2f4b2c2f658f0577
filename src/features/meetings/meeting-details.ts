/** The JSON columns of a meeting (venues, documents), validated on the way in and out. */
import { z } from 'zod';

export const venueSchema = z.object({
  name: z.string().trim().min(1).max(200),
  main: z.boolean(),
  joinUrl: z.url().max(2000).optional(),
});
export interface Venue {
  readonly name: string;
  readonly main: boolean;
  readonly joinUrl?: string;
}

export const documentSchema = z.object({
  title: z.string().trim().min(1).max(300),
  url: z.url().max(2000),
});
export type MeetingDocument = z.infer<typeof documentSchema>;

const venuesSchema = z.array(venueSchema).max(50);
const documentsSchema = z.array(documentSchema).max(50);

export function parseVenues(json: string): Venue[] {
  return venuesSchema.parse(JSON.parse(json)).map((v) => ({ name: v.name, main: v.main, ...(v.joinUrl ? { joinUrl: v.joinUrl } : {}) }));
}

export function parseDocuments(json: string): MeetingDocument[] {
  return documentsSchema.parse(JSON.parse(json));
}

/** Documents marked secret must never be posted (DOMAIN.md, Safety): link to them instead. */
export function isMarkedSecret(title: string): boolean {
  return /(^|[^\p{L}])MẬT($|[^\p{L}])/u.test(title.normalize('NFC').toUpperCase());
}
