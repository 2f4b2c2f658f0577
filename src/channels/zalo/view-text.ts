/**
 * The bot's views as plain text for Zalo, where a message is text (≤ 2000
 * characters) plus at most a few buttons. Pure: no I/O, no clock. The words
 * are the cards' own labels, so Zalo and Teams say the same thing.
 */
import { fill, labelsFor, type Labels } from '../../cards/labels';
import type { CardView, NoticeView, RollCallView, SummaryView, VoteView } from '../../cards/view-models';
import type { RsvpAnswer, VoteChoice } from '../../core/types';
import { committeeReportText } from '../../reports/committee-report-text';
import { say } from '../../core/wording/say';
import { ZALO_WORDING } from '../../core/wording/zalo';

/** A view as text: a heading line and paragraphs (joined with blank lines). */
export interface ViewText {
  readonly title?: string;
  readonly paragraphs: readonly string[];
}

const bullet = (items: readonly string[]): string => items.map((item) => `- ${item}`).join('\n');

export function rsvpLabel(answer: RsvpAnswer, l: Labels): string {
  return answer === 'attend' ? l.attend : answer === 'attend_online' ? l.attendOnline : l.excused;
}

export function choiceText(choice: VoteChoice, l: Labels): string {
  return choice === 'approve' ? l.approve : choice === 'reject' ? l.reject : l.other;
}

function noticeText(view: NoticeView, l: Labels): ViewText {
  const venues = view.venues.map((v) => `${v.name}${v.main ? ` (${l.mainVenue})` : ''}`);
  const join = view.joinUrl && !view.cancelled ? `\n${l.joinOnline}: ${view.joinUrl}` : '';
  const agenda = view.agenda.map(
    (a) => `(${a.position}) ${a.title}${a.presenter ? ` – ${fill(l.presenter, { name: a.presenter })}` : ''}`,
  );
  const paragraphs = [
    `${l.when}: ${view.when}\n${l.form}: ${view.formLabel}${venues.length > 0 ? `\n${l.venues}:\n${bullet(venues)}` : ''}${join}`,
    agenda.length > 0 ? `${l.agenda}:\n${agenda.join('\n')}` : '',
    view.documents.length > 0 ? `${l.documents}:\n${bullet(view.documents.map((d) => `${d.title}: ${d.url}`))}` : '',
    view.guests.length > 0
      ? `${l.guests}:\n${bullet(view.guests.map((g) => `${g.name}${g.position ? `, ${g.position}` : ''}`))}`
      : '',
    [view.chair ? `${l.chair}: ${view.chair}` : '', view.minuteTaker ? `${l.minuteTaker}: ${view.minuteTaker}` : '']
      .filter(Boolean)
      .join('\n'),
    view.request,
    view.cancelled ? l.cancelled : view.preview ? l.preview : '',
    view.myAnswer
      ? `${l.myAnswer}: ${rsvpLabel(view.myAnswer.answer, l)}${view.myAnswer.venue ? ` – ${l.site} ${view.myAnswer.venue}` : ''}${view.myAnswer.reason ? ` – ${l.reason}: ${view.myAnswer.reason}` : ''}`
      : '',
    view.warnings.length > 0 ? `${l.warnings}:\n${bullet(view.warnings)}` : '',
  ];
  return { title: `${view.heading}\n${view.cellName}`, paragraphs };
}

function rollCallText(view: RollCallView, l: Labels): ViewText {
  const rows = view.byStatus.map((s) => `${s.label}: ${s.present}/${s.total}`);
  const mine = view.myPresence
    ? `${l.myPresence}: ${view.myPresence.presence === 'present' ? l.present : view.myPresence.presence === 'excused' ? l.presenceExcused : l.presenceUnexcused}`
    : '';
  return {
    title: view.heading,
    paragraphs: [
      view.summaryLine,
      rows.join('\n'),
      view.quorumLine,
      view.open ? '' : l.rollcallClosed,
      mine,
      view.warnings.length > 0 ? bullet(view.warnings) : '',
    ],
  };
}

function voteText(view: VoteView, l: Labels): ViewText {
  const t = view.tally;
  const tally = [
    `${l.approve}: ${t.approve}`,
    `${l.reject}: ${t.reject}`,
    `${l.other}: ${t.other}`,
    `${l.notVoted}: ${t.notVoted}`,
    `${l.denominator}: ${t.denominator}`,
    `${l.threshold}: ${t.threshold}`,
  ];
  const mine = view.myChoice
    ? `${l.myChoice}: ${choiceText(view.myChoice.choice, l)}${view.myChoice.comment ? ` – ${view.myChoice.comment}` : ''}`
    : '';
  const opinions =
    view.opinions.length > 0
      ? `${l.opinionsHeading}:\n${bullet(view.opinions.map((o) => `${o.name}: ${o.text}`))}`
      : '';
  const status = view.open ? (view.canVote ? '' : l.probationaryNote) : [l.voteClosed, ...view.resultLines].join('\n');
  return { title: view.title, paragraphs: [view.call, tally.join('\n'), status, mine, opinions] };
}

function summaryText(view: SummaryView, l: Labels): ViewText {
  const sections = view.sections.map((s) => `${s.title}:\n${s.lines.join('\n')}`);
  const motions = view.motions.map(
    (m) => `${m.title}: ${m.passed === null ? l.noResult : m.passed ? l.passed : l.notPassed}\n${m.lines.join('\n')}`,
  );
  return {
    title: `${view.heading}\n${view.when}`,
    paragraphs: [
      ...sections,
      motions.length > 0 ? `${l.motionsHeading}:\n${motions.join('\n')}` : '',
      view.flags.length > 0 ? `${l.warnings}:\n${bullet(view.flags)}` : '',
    ],
  };
}

/** Forms (meeting, setup) need inputs Zalo has not got: point to where they can be filled. */
function formElsewhere(view: CardView, heading: string): ViewText {
  return { title: heading, paragraphs: [say(view.locale, ZALO_WORDING.formElsewhere)] };
}

/** The text of any view, for Zalo. */
export function viewText(view: CardView): ViewText {
  const l = labelsFor(view.locale);
  switch (view.type) {
    case 'message':
      return {
        ...(view.title === undefined ? {} : { title: view.title }),
        paragraphs: [view.text, (view.links ?? []).map((link) => `${link.title}: ${link.url}`).join('\n')],
      };
    case 'help':
      return {
        title: l.helpHeading,
        paragraphs: [
          view.commands.map((c) => `"${c.command}": ${c.description}`).join('\n'),
          view.isCommittee ? l.helpCommittee : '',
        ],
      };
    case 'notice':
      return noticeText(view, l);
    case 'rollcall':
      return rollCallText(view, l);
    case 'vote':
      return voteText(view, l);
    case 'summary':
      return summaryText(view, l);
    case 'roster':
      return {
        title: `${l.rosterHeading} – ${view.cellName}`,
        paragraphs: [
          view.totalsLine,
          view.members
            .map((m, i) => `${i + 1}. ${m.name} – ${m.statusLabel}${m.role === 'member' ? '' : `, ${m.roleLabel}`}`)
            .join('\n'),
        ],
      };
    case 'meeting.form':
      return formElsewhere(view, l.formHeading);
    case 'setup.form':
    case 'setup.roster':
      return formElsewhere(view, l.setupHeading);
    case 'committee.report':
      return committeeReportText(view.report, view.locale, view.links);
  }
}

/** The whole text: heading, then the non-empty paragraphs separated by blank lines. */
export function joinViewText(text: ViewText, extra: readonly string[] = []): string {
  return [text.title ?? '', ...text.paragraphs, ...extra].filter((p) => p.trim() !== '').join('\n\n');
}

/** After an answer: the member's own choice in one or two lines, not the whole card again. */
export function confirmationText(view: CardView): string {
  const l = labelsFor(view.locale);
  if (view.type === 'notice' && view.myAnswer) {
    const a = view.myAnswer;
    const again = say(view.locale, ZALO_WORDING.answerAgain);
    return `${l.myAnswer}: ${rsvpLabel(a.answer, l)}${a.venue ? ` – ${l.site} ${a.venue}` : ''}${a.reason ? ` – ${l.reason}: ${a.reason}` : ''}.\n${again}`;
  }
  if (view.type === 'vote' && view.myChoice) {
    const c = view.myChoice;
    return `${l.myChoice}: ${choiceText(c.choice, l)}${c.comment ? ` – ${c.comment}` : ''}.${view.open ? `\n${l.changeChoice}` : ''}`;
  }
  if (view.type === 'rollcall' && view.myPresence) {
    const p = view.myPresence;
    return `${l.myPresence}: ${p.presence === 'present' ? l.present : p.presence === 'excused' ? l.presenceExcused : l.presenceUnexcused}${p.venue ? ` – ${l.site} ${p.venue}` : ''}.`;
  }
  return joinViewText(viewText(view));
}
