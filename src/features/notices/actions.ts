/** Posting the meeting notice ("Gửi thông báo", "thông báo"). */
import { defineAction } from '../shared/action';
import { meetingOnly } from '../shared/action-fields';
import { postNotice } from './post-notice';

export const noticeActions = [
  defineAction({
    verb: 'notice.post',
    who: 'committee',
    schema: meetingOnly,
    commands: { notice: () => ({}) },
    help: [
      {
        rank: 30,
        command: 'thông báo',
        alias: 'notice',
        vi: 'Gửi thông báo sinh hoạt chi bộ',
        en: 'Post the meeting notice',
      },
    ],
    handle: (ctx, data) => postNotice(ctx, data.meetingId),
  }),
];
