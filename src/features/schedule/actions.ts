/** The meeting schedule: see it, change the rule and reminders, move or cancel the next meeting. */
import { z } from 'zod';
import { defineAction } from '../shared/action';
import { nothing, shortText } from '../shared/action-fields';
import { cancelNextMeeting, changeReminders, changeRule, moveNextMeeting, showSchedule } from '.';

// Free text after the phrase, read by the feature (parse-schedule.ts, settings).
const typed = z.string().min(1).max(500);

export const scheduleActions = [
  defineAction({
    verb: 'schedule.show',
    who: 'committee',
    schema: nothing,
    commands: { 'schedule.show': () => ({}) },
    help: [
      {
        rank: 280,
        command: 'lịch',
        alias: 'schedule',
        vi: 'Xem lịch thông báo, nhắc nhở sắp tới',
        en: 'See the coming notices and reminders',
      },
    ],
    handle: (ctx) => showSchedule(ctx),
  }),
  defineAction({
    verb: 'schedule.rule',
    who: 'committee',
    schema: z.object({ text: typed }).loose(),
    commands: { 'schedule.rule': (c) => ({ text: c.text }) },
    help: { unlisted: 'Typed after "lịch" (its line); the settings form sets it too.' },
    handle: (ctx, data) => changeRule(ctx, data.text),
  }),
  defineAction({
    verb: 'schedule.reminders',
    who: 'committee',
    schema: z.object({ text: typed }).loose(),
    commands: { 'schedule.reminders': (c) => ({ text: c.text }) },
    help: { unlisted: 'Set in the settings form ("cài đặt"); "nhắc lịch …" is its typed form.' },
    handle: (ctx, data) => changeReminders(ctx, data.text),
  }),
  defineAction({
    verb: 'meeting.move',
    who: 'committee',
    schema: z.object({ when: typed }).loose(),
    commands: { 'meeting.move': (c) => ({ when: c.when }) },
    help: [
      {
        rank: 290,
        command: 'dời họp <ngày> <giờ>',
        alias: 'move meeting <date> <time>',
        vi: 'Dời kỳ sinh hoạt (gửi thông báo đính chính)',
        en: 'Move the meeting (sends a correction)',
      },
    ],
    handle: (ctx, data) => moveNextMeeting(ctx, data.when),
  }),
  defineAction({
    verb: 'meeting.cancel',
    who: 'committee',
    schema: z.object({ reason: shortText(1000) }).loose(),
    commands: { 'meeting.cancel': (c) => ({ reason: c.reason }) },
    help: [
      {
        rank: 300,
        command: 'hủy họp [lý do …]',
        alias: 'cancel meeting [reason …]',
        vi: 'Hủy kỳ sinh hoạt (gửi thông báo hủy)',
        en: 'Cancel the meeting (sends a notice)',
      },
    ],
    handle: (ctx, data) => cancelNextMeeting(ctx, data.reason),
  }),
];
