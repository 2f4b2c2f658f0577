/** Answers to the notice, the roll call, check-ins, and presence recorded on behalf. */
import { z } from 'zod';
import { RSVP_ANSWERS } from '../../core/types';
import { defineAction } from '../shared/action';
import { id, meetingOnly, shortText } from '../shared/action-fields';
import { cardKey } from '../shared/card-keys';
import { chairOrMinuteTaker } from '../shared/who';
import { recordPresence } from './record-presence';
import { checkIn, openRollCall } from './rollcall';
import { answerRsvp } from './rsvp';

export const attendanceActions = [
  defineAction({
    verb: 'rsvp.answer',
    who: 'member',
    schema: z
      .object({ meetingId: id.optional(), answer: z.enum(RSVP_ANSWERS), venue: shortText(200), reason: shortText(500) })
      .loose(),
    pressedOn: ({ meetingId }) => (meetingId === undefined ? undefined : cardKey('notice', meetingId)),
    commands: { rsvp: (c) => ({ answer: c.answer, venue: c.venue, reason: c.reason }) },
    help: [
      {
        rank: 40,
        command: 'tham dự',
        alias: 'attend',
        vi: 'Báo tham dự trực tiếp',
        en: 'Confirm attendance in person',
      },
      {
        rank: 50,
        command: 'tham dự trực tuyến [điểm cầu …]',
        alias: 'attend online [venue]',
        vi: 'Báo tham dự trực tuyến, tại điểm cầu nếu có',
        en: 'Confirm attendance online, at a venue if any',
      },
      {
        rank: 60,
        command: 'xin vắng: <lý do>',
        alias: 'excused: <reason>',
        vi: 'Xin vắng mặt, nêu rõ lý do',
        en: 'Send apologies with a reason',
      },
    ],
    handle: (ctx, data) => answerRsvp(ctx, data),
  }),
  defineAction({
    verb: 'rollcall.open',
    who: 'committee',
    schema: meetingOnly,
    commands: { 'rollcall.open': () => ({}) },
    help: [{ rank: 70, command: 'điểm danh', alias: 'roll call', vi: 'Mở điểm danh', en: 'Open the roll call' }],
    handle: (ctx, data) => openRollCall(ctx, data.meetingId),
  }),
  defineAction({
    verb: 'rollcall.checkin',
    who: 'member',
    // motionId: pressed on a vote card ("Có mặt" before voting), which answers with that card.
    schema: z.object({ meetingId: id.optional(), venue: shortText(200), motionId: id.optional() }).loose(),
    // "Có mặt" on a vote card (its motionId) was pressed on that card.
    pressedOn: ({ motionId, meetingId }) =>
      motionId !== undefined
        ? cardKey('vote', motionId)
        : meetingId === undefined
          ? undefined
          : cardKey('rollcall', meetingId),
    commands: { present: (c) => ({ venue: c.venue }) },
    help: [
      {
        rank: 80,
        command: 'có mặt [điểm cầu …]',
        alias: 'present [venue]',
        vi: 'Điểm danh có mặt (trước khi biểu quyết)',
        en: 'Answer the roll call (before voting)',
      },
    ],
    handle: (ctx, data) => checkIn(ctx, data),
  }),
  defineAction({
    verb: 'rollcall.record',
    who: chairOrMinuteTaker('role.recorder_only'),
    schema: z.object({ names: z.array(z.string().min(1).max(200)).min(1).max(1000), venue: shortText(200) }).loose(),
    commands: { 'rollcall.record': (c) => ({ names: c.names, venue: c.venue }) },
    help: [
      {
        rank: 90,
        command: 'điểm danh hộ: <họ tên>, …',
        alias: 'check in for: <name>, …',
        vi: 'Ghi nhận có mặt cho đảng viên không có thiết bị (chủ trì, thư ký)',
        en: 'Record members without a device as present (chair, minute-taker)',
      },
    ],
    handle: (ctx, data) => recordPresence(ctx, data),
  }),
];
