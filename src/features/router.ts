/**
 * Routes a turn to its feature: text commands by name, card actions by verb.
 * One table each; the first (only) match wins, unknown text gets the help.
 */
import type { Command } from '../core/commands';
import { parseCommand } from '../core/commands';
import type { CardVerb } from '../cards/view-models';
import { checkIn, openRollCall } from './attendance/rollcall';
import { answerRsvp } from './attendance/rsvp';
import { recordPresence } from './attendance/record-presence';
import { showHelp } from './help/help';
import { closeMeeting } from './meetings/close-meeting';
import { createMeeting, showMeetingForm } from './meetings/create-meeting';
import { postNotice } from './notices/post-notice';
import { showRoster } from './roster/show-roster';
import { defined, parseCardData } from './shared/card-action-data';
import type { FeatureContext } from './shared/context';
import { showSummary } from './summaries/show-summary';
import type { TurnResult } from './turn';
import { castVote } from './votes/cast-vote';
import { closeVote } from './votes/close-vote';
import { openVote } from './votes/open-vote';
import { recordShowOfHands } from './votes/show-of-hands';
import { welcome } from './setup/welcome';
import { saveSetup, saveSetupRoster, showSettings, showSetupRoster, startSetup } from './setup';
import { cancelNextMeeting, changeReminders, changeRule, moveNextMeeting, showSchedule } from './schedule';
import { recordSpeech, registerToSpeak } from './speakers/speakers';
import { parseNoteData } from './speakers/note-card-data';
import { addTask } from './tasks/tasks';
import { listTasks, markTaskDone } from './tasks/task-list';
import { recordTargetProgress, setTarget } from './targets/targets';
import { showYearSummary } from './summaries/period-view';
import { requestDashboardLink, requestMinutesLinks } from './minutes/request-links';
import { showCommitteeReport } from './committees/show-committee-report';

export async function routeCommand(ctx: FeatureContext, command: Command): Promise<TurnResult> {
  switch (command.name) {
    case 'help': return showHelp(ctx);
    case 'meeting.new': return showMeetingForm(ctx);
    case 'meeting.close': return closeMeeting(ctx);
    case 'notice': return postNotice(ctx);
    case 'rollcall.open': return openRollCall(ctx);
    case 'vote.open': return openVote(ctx, { title: command.title, kind: command.kind });
    case 'vote.close': return closeVote(ctx);
    case 'summary': return showSummary(ctx, defined({ period: command.period }));
    case 'roster': return showRoster(ctx);
    case 'rsvp': return answerRsvp(ctx, defined({ answer: command.answer, venue: command.venue, reason: command.reason }));
    case 'present': return checkIn(ctx, defined({ venue: command.venue }));
    case 'vote.cast': return castVote(ctx, defined({ choice: command.choice, comment: command.comment }));
    case 'rollcall.record': return recordPresence(ctx, defined({ names: command.names, venue: command.venue }));
    case 'vote.hands': return recordShowOfHands(ctx, command.counts);
    case 'unknown': return showHelp(ctx, command.text);
    case 'speaker.register': return registerToSpeak(ctx);
    case 'speaker.record': return recordSpeech(ctx, defined({ speaker: command.speaker, gist: command.gist }));
    case 'task.add': return addTask(ctx, defined({ title: command.title, owner: command.owner, due: command.due }));
    case 'task.list': return listTasks(ctx);
    case 'task.done': return markTaskDone(ctx, command.title);
    case 'target.progress': return recordTargetProgress(ctx, defined({ metric: command.metric, mode: command.mode, amount: command.amount, scope: command.scope, period: command.period }));
    case 'target.set': return setTarget(ctx, defined({ scope: command.scope, metric: command.metric, goal: command.goal, unit: command.unit, period: command.period }));
    case 'summary.year': return showYearSummary(ctx, command.year);
    case 'minutes': return requestMinutesLinks(ctx, defined({ period: command.period }));
    case 'dashboard': return requestDashboardLink(ctx);
    case 'settings': return showSettings(ctx);
    case 'schedule.show': return showSchedule(ctx);
    case 'schedule.rule': return changeRule(ctx, command.text);
    case 'schedule.reminders': return changeReminders(ctx, command.text);
    case 'meeting.move': return moveNextMeeting(ctx, command.when);
    case 'meeting.cancel': return cancelNextMeeting(ctx, command.reason);
    case 'committee.report': return showCommitteeReport(ctx, command.period);
  }
}

export async function routeCardAction(ctx: FeatureContext, verb: CardVerb, data: unknown): Promise<TurnResult> {
  switch (verb) {
    case 'meeting.form': return showMeetingForm(ctx);
    case 'meeting.create': return createMeeting(ctx, data);
    case 'notice.post': return postNotice(ctx, parseCardData(verb, data).meetingId);
    case 'rsvp.answer': return answerRsvp(ctx, defined(parseCardData(verb, data)));
    case 'rollcall.open': return openRollCall(ctx, parseCardData(verb, data).meetingId);
    case 'rollcall.checkin': return checkIn(ctx, defined(parseCardData(verb, data)));
    case 'vote.open': {
      const input = parseCardData(verb, data);
      return openVote(ctx, defined({ meetingId: input.meetingId, title: input.title, kind: input.kind ?? 'resolution' }));
    }
    case 'vote.cast': return castVote(ctx, defined(parseCardData(verb, data)));
    case 'vote.close': return closeVote(ctx, parseCardData(verb, data).motionId);
    case 'summary.show': return showSummary(ctx, defined({ meetingId: parseCardData(verb, data).meetingId }));
    case 'setup.start': return startSetup(ctx, data);
    case 'setup.save': return saveSetup(ctx, data);
    case 'setup.roster': return showSetupRoster(ctx, data);
    case 'setup.roster.save': return saveSetupRoster(ctx, data);
    case 'speaker.register': return registerToSpeak(ctx, parseNoteData(verb, data).meetingId);
    case 'speaker.record': return recordSpeech(ctx, parseNoteData(verb, data));
    case 'task.add': return addTask(ctx, parseNoteData(verb, data));
    case 'target.progress': return recordTargetProgress(ctx, parseNoteData(verb, data));
    case 'minutes.links': return requestMinutesLinks(ctx, parseNoteData(verb, data));
  }
}

export async function route(ctx: FeatureContext): Promise<TurnResult> {
  const event = ctx.turn.event;
  switch (event.kind) {
    case 'message': return routeCommand(ctx, parseCommand(event.text));
    case 'card.action': return routeCardAction(ctx, event.verb, event.data);
    case 'conversation.installed': return welcome(ctx);
  }
}
