/** Speakers: a member asks for the floor; the thư ký (or chair) records who spoke and the gist. */
import { z } from 'zod';
import { defineAction } from '../shared/action';
import { id, meetingOnly, text } from '../shared/action-fields';
import { chairOrMinuteTaker } from '../shared/who';
import { recordSpeech, registerToSpeak } from './speakers';

export const speakerActions = [
  defineAction({
    verb: 'speaker.register',
    who: 'member',
    schema: meetingOnly,
    commands: { 'speaker.register': () => ({}) },
    help: [
      {
        rank: 160,
        command: 'đăng ký phát biểu',
        alias: 'register to speak',
        vi: 'Đăng ký phát biểu',
        en: 'Ask to speak',
      },
    ],
    handle: (ctx, data) => registerToSpeak(ctx, data.meetingId),
  }),
  defineAction({
    verb: 'speaker.record',
    who: chairOrMinuteTaker('role.secretary_only'),
    schema: z.object({ meetingId: id.optional(), speaker: text(200), gist: z.string().max(2000).optional() }).loose(),
    commands: { 'speaker.record': (c) => ({ speaker: c.speaker, gist: c.gist }) },
    help: [
      {
        rank: 170,
        command: 'phát biểu: <họ tên>: <ý chính>',
        alias: 'speaker: <name>: <gist>',
        vi: 'Ghi ý kiến phát biểu theo thứ tự phát biểu (thư ký, chủ trì); chưa có ý chính: mời phát biểu, ghi ý chính sau',
        en: 'Record a speaker in speaking order (minute-taker, chair); without a gist: give the floor, note the gist later',
      },
    ],
    handle: (ctx, data) => recordSpeech(ctx, data),
  }),
];
