/** The help card's action. Its lines come from every table (features/actions.ts), passed in to keep imports one-way. */
import { z } from 'zod';
import type { CommandHelp } from '../shared/action';
import { defineAction, type Action } from '../shared/action';
import { showHelp } from './help';

export function helpActions(lines: () => readonly CommandHelp[]): readonly Action[] {
  return [
    defineAction({
      verb: 'help.show',
      who: 'anyone',
      schema: z.object({ unknownText: z.string().optional() }).loose(),
      commands: { help: () => ({}), unknown: (c) => ({ unknownText: c.text }) },
      help: [{ rank: 10, command: 'trợ giúp', alias: 'help', vi: 'Xem danh sách lệnh', en: 'Show the commands' }],
      handle: (ctx, data) => showHelp(ctx, lines(), data.unknownText),
    }),
  ];
}
