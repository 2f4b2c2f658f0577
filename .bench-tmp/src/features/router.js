"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.routeCommand = routeCommand;
exports.routeCardAction = routeCardAction;
exports.route = route;
const commands_1 = require("../core/commands");
const rollcall_1 = require("./attendance/rollcall");
const rsvp_1 = require("./attendance/rsvp");
const help_1 = require("./help/help");
const create_meeting_1 = require("./meetings/create-meeting");
const post_notice_1 = require("./notices/post-notice");
const show_roster_1 = require("./roster/show-roster");
const card_action_data_1 = require("./shared/card-action-data");
const show_summary_1 = require("./summaries/show-summary");
const cast_vote_1 = require("./votes/cast-vote");
const close_vote_1 = require("./votes/close-vote");
const open_vote_1 = require("./votes/open-vote");
const welcome_1 = require("./setup/welcome");
const setup_1 = require("./setup");
const schedule_1 = require("./schedule");
const speakers_1 = require("./speakers/speakers");
const note_card_data_1 = require("./speakers/note-card-data");
const tasks_1 = require("./tasks/tasks");
const targets_1 = require("./targets/targets");
const period_view_1 = require("./summaries/period-view");
const request_links_1 = require("./minutes/request-links");
async function routeCommand(ctx, command) {
    switch (command.name) {
        case 'help': return (0, help_1.showHelp)(ctx);
        case 'meeting.new': return (0, create_meeting_1.showMeetingForm)(ctx);
        case 'notice': return (0, post_notice_1.postNotice)(ctx);
        case 'rollcall.open': return (0, rollcall_1.openRollCall)(ctx);
        case 'vote.open': return (0, open_vote_1.openVote)(ctx, { title: command.title, kind: command.kind });
        case 'vote.close': return (0, close_vote_1.closeVote)(ctx);
        case 'summary': return (0, show_summary_1.showSummary)(ctx, (0, card_action_data_1.defined)({ period: command.period }));
        case 'roster': return (0, show_roster_1.showRoster)(ctx);
        case 'rsvp': return (0, rsvp_1.answerRsvp)(ctx, (0, card_action_data_1.defined)({ answer: command.answer, venue: command.venue, reason: command.reason }));
        case 'present': return (0, rollcall_1.checkIn)(ctx, (0, card_action_data_1.defined)({ venue: command.venue }));
        case 'vote.cast': return (0, cast_vote_1.castVote)(ctx, (0, card_action_data_1.defined)({ choice: command.choice, comment: command.comment }));
        case 'unknown': return (0, help_1.showHelp)(ctx, command.text);
        case 'speaker.register': return (0, speakers_1.registerToSpeak)(ctx);
        case 'speaker.record': return (0, speakers_1.recordSpeech)(ctx, (0, card_action_data_1.defined)({ speaker: command.speaker, gist: command.gist }));
        case 'task.add': return (0, tasks_1.addTask)(ctx, (0, card_action_data_1.defined)({ title: command.title, owner: command.owner, due: command.due }));
        case 'target.progress': return (0, targets_1.recordTargetProgress)(ctx, { metric: command.metric, mode: command.mode, amount: command.amount });
        case 'target.set': return (0, targets_1.setTarget)(ctx, (0, card_action_data_1.defined)({ scope: command.scope, metric: command.metric, goal: command.goal, unit: command.unit }));
        case 'summary.year': return (0, period_view_1.showYearSummary)(ctx, command.year);
        case 'minutes': return (0, request_links_1.requestMinutesLinks)(ctx, (0, card_action_data_1.defined)({ period: command.period }));
        case 'dashboard': return (0, request_links_1.requestDashboardLink)(ctx);
        case 'schedule.show': return (0, schedule_1.showSchedule)(ctx);
        case 'schedule.rule': return (0, schedule_1.changeRule)(ctx, command.text);
        case 'schedule.reminders': return (0, schedule_1.changeReminders)(ctx, command.text);
        case 'meeting.move': return (0, schedule_1.moveNextMeeting)(ctx, command.when);
        case 'meeting.cancel': return (0, schedule_1.cancelNextMeeting)(ctx, command.reason);
    }
}
async function routeCardAction(ctx, verb, data) {
    switch (verb) {
        case 'meeting.form': return (0, create_meeting_1.showMeetingForm)(ctx);
        case 'meeting.create': return (0, create_meeting_1.createMeeting)(ctx, data);
        case 'notice.post': return (0, post_notice_1.postNotice)(ctx, (0, card_action_data_1.parseCardData)(verb, data).meetingId);
        case 'rsvp.answer': return (0, rsvp_1.answerRsvp)(ctx, (0, card_action_data_1.defined)((0, card_action_data_1.parseCardData)(verb, data)));
        case 'rollcall.open': return (0, rollcall_1.openRollCall)(ctx, (0, card_action_data_1.parseCardData)(verb, data).meetingId);
        case 'rollcall.checkin': return (0, rollcall_1.checkIn)(ctx, (0, card_action_data_1.defined)((0, card_action_data_1.parseCardData)(verb, data)));
        case 'vote.open': {
            const input = (0, card_action_data_1.parseCardData)(verb, data);
            return (0, open_vote_1.openVote)(ctx, (0, card_action_data_1.defined)({ meetingId: input.meetingId, title: input.title, kind: input.kind ?? 'resolution' }));
        }
        case 'vote.cast': return (0, cast_vote_1.castVote)(ctx, (0, card_action_data_1.defined)((0, card_action_data_1.parseCardData)(verb, data)));
        case 'vote.close': return (0, close_vote_1.closeVote)(ctx, (0, card_action_data_1.parseCardData)(verb, data).motionId);
        case 'summary.show': return (0, show_summary_1.showSummary)(ctx, (0, card_action_data_1.defined)({ meetingId: (0, card_action_data_1.parseCardData)(verb, data).meetingId }));
        case 'setup.start': return (0, setup_1.startSetup)(ctx, data);
        case 'setup.save': return (0, setup_1.saveSetup)(ctx, data);
        case 'setup.roster': return (0, setup_1.showSetupRoster)(ctx, data);
        case 'setup.roster.save': return (0, setup_1.saveSetupRoster)(ctx, data);
        case 'speaker.register': return (0, speakers_1.registerToSpeak)(ctx, (0, note_card_data_1.parseNoteData)(verb, data).meetingId);
        case 'speaker.record': return (0, speakers_1.recordSpeech)(ctx, (0, note_card_data_1.parseNoteData)(verb, data));
        case 'task.add': return (0, tasks_1.addTask)(ctx, (0, note_card_data_1.parseNoteData)(verb, data));
        case 'target.progress': return (0, targets_1.recordTargetProgress)(ctx, (0, note_card_data_1.parseNoteData)(verb, data));
        case 'minutes.links': return (0, request_links_1.requestMinutesLinks)(ctx, (0, note_card_data_1.parseNoteData)(verb, data));
    }
}
async function route(ctx) {
    const event = ctx.turn.event;
    switch (event.kind) {
        case 'message': return routeCommand(ctx, (0, commands_1.parseCommand)(event.text));
        case 'card.action': return routeCardAction(ctx, event.verb, event.data);
        case 'conversation.installed': return (0, welcome_1.welcome)(ctx);
    }
}
//# sourceMappingURL=router.js.map