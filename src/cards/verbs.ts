/**
 * Every action verb: what a card button carries, and what a parsed text
 * command presses (text is just another way to press). The actions behind
 * them are declared in each feature's `actions.ts`; the cards layer cannot
 * import features, so the names live here and tests/unit/action-tables.test.ts
 * fails when this list and the tables differ.
 */
export const CARD_VERBS = [
  'help.show', // "trợ giúp", and any text not understood { unknownText? }
  'meeting.form', // ask for the new-meeting form
  'meeting.create', // submit of the new-meeting form
  'meeting.close', // "bế mạc"
  'notice.post', // post the notice of a meeting { meetingId? }
  'rsvp.answer', // { meetingId?, answer, venue?, reason? }
  'rollcall.open', // { meetingId? }
  'rollcall.checkin', // { meetingId?, venue?, motionId? }
  'rollcall.record', // { names, venue? } presence recorded on behalf
  'vote.open', // { meetingId?, title, kind? }
  'vote.cast', // { motionId?, choice, comment? }
  'vote.hands', // { counts } a show of hands recorded
  'vote.close', // { motionId? }
  'summary.show', // { meetingId?, period? }
  'summary.year', // { year }
  'roster.show', // the cell's roster
  'setup.start', // the welcome card's "Thiết lập chi bộ": the presser becomes the secretary
  'setup.save', // submit of the setup form (features/setup/setup-form.ts reads it)
  'setup.roster', // { page? } sync the roster with the conversation's members and show a page of it
  'setup.roster.save', // { page, "status.<key>", "role.<key>", "group.<key>" } save one page of the roster card
  'settings.show', // "cài đặt": the setup form with the cell's settings
  'schedule.show', // "lịch"
  'schedule.rule', // { text } the meeting rule, as typed
  'schedule.reminders', // { text } the reminders, as typed
  'meeting.move', // { when }
  'meeting.cancel', // { reason? }
  'speaker.register', // { meetingId? } a member asks for the floor ("Đăng ký phát biểu")
  'speaker.record', // { meetingId?, speaker, gist? } the minute-taker records who spoke and the gist
  'task.add', // { meetingId?, title, owner, due? } the chair sets a task (due "2025-09-30" or "30/9/2025")
  'task.list', // the open tasks
  'task.done', // { title }
  'target.set', // { scope, metric, goal, unit?, period? }
  'target.progress', // { metric, amount, mode?, scope?, period? } progress on a target ("add" by default)
  'minutes.links', // { meetingId?, period? } the committee asks for the signed download links of the minutes
  'dashboard.link', // the signed link to the dashboard
  'committee.report', // { period? } the upper committee's report
] as const;
export type CardVerb = (typeof CARD_VERBS)[number];
