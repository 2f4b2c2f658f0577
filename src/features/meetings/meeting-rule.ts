/** The cell's usual meeting day ("day 5 at 14:00"), used to suggest the next meeting's date. */
import { z } from 'zod';

export const meetingRuleSchema = z.object({
  kind: z.literal('dayOfMonth'),
  day: z.number().int().min(1).max(28),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
});
export type MeetingRule = z.infer<typeof meetingRuleSchema>;

export function parseMeetingRule(json: string): MeetingRule {
  return meetingRuleSchema.parse(JSON.parse(json));
}

/** Today's calendar date in a timezone as [year, month (1-12), day]. */
function localYmd(now: Date, timeZone: string): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [y, m, d] = parts.split('-').map(Number);
  return [y!, m!, d!];
}

/** The next date the rule names, as "YYYY-MM-DD": this month's if still ahead, else next month's. */
export function suggestedMeetingDate(rule: MeetingRule, now: Date, timeZone: string): string {
  const [year, month, day] = localYmd(now, timeZone);
  const thisMonth = day < rule.day;
  const targetMonth = thisMonth ? month : (month % 12) + 1;
  const targetYear = thisMonth || month < 12 ? year : year + 1;
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(rule.day).padStart(2, '0')}`;
}
