/** The meeting's own actions: the new-meeting form, its submit, and the close. */
import { defineAction } from '../shared/action';
import { formFields, nothing } from '../shared/action-fields';
import { closeMeeting } from './close-meeting';
import { createMeeting, showMeetingForm } from './create-meeting';

export const meetingActions = [
  defineAction({
    verb: 'meeting.form',
    who: 'committee',
    schema: nothing,
    commands: { 'meeting.new': () => ({}) },
    help: [
      { rank: 20, command: 'họp mới', alias: 'new meeting', vi: 'Tạo kỳ sinh hoạt mới', en: 'Create a new meeting' },
    ],
    handle: (ctx) => showMeetingForm(ctx),
  }),
  defineAction({
    verb: 'meeting.create',
    who: 'committee',
    schema: formFields,
    help: { unlisted: 'The submit of the new-meeting form ("họp mới").' },
    handle: (ctx, data) => createMeeting(ctx, data),
  }),
  defineAction({
    verb: 'meeting.close',
    who: 'committee',
    schema: nothing,
    commands: { 'meeting.close': () => ({}) },
    help: [
      {
        rank: 140,
        command: 'bế mạc',
        alias: 'close meeting',
        vi: 'Bế mạc kỳ sinh hoạt (chốt điểm danh, gửi tóm tắt)',
        en: 'Close the meeting (finalises the roll call, posts the summary)',
      },
    ],
    handle: (ctx) => closeMeeting(ctx),
  }),
];
