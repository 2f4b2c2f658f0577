/** The cell's roster ("danh sách"). */
import { defineAction } from '../shared/action';
import { nothing } from '../shared/action-fields';
import { showRoster } from './show-roster';

export const rosterActions = [
  defineAction({
    verb: 'roster.show',
    who: 'member',
    schema: nothing,
    commands: { roster: () => ({}) },
    help: [
      { rank: 310, command: 'danh sách', alias: 'roster', vi: 'Danh sách đảng viên của chi bộ', en: 'The cell roster' },
    ],
    handle: (ctx) => showRoster(ctx),
  }),
];
