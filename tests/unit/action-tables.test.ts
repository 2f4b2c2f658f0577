/**
 * The action tables are the one place a verb lives (features/<name>/actions.ts):
 * these checks fail when an action lacks a schema or a help line (or a reason
 * for having none), when two tables declare one verb, when a verb a card
 * carries has no action, or when a text command presses nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CARD_VERBS } from '../../src/cards/view-models';
import { parseCommand } from '../../src/core/commands';
import { ACTION_TABLES, ACTIONS, actionOf, actionOfCommand } from '../../src/features/actions';
import { defineAction, type Action, type CommandName } from '../../src/features/shared/action';

/** What is wrong with a set of tables, in words; empty when they are whole. */
function tableProblems(tables: Readonly<Record<string, readonly Action[]>>): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const [table, actions] of Object.entries(tables)) {
    for (const action of actions) {
      if (!(action.schema instanceof z.ZodType)) problems.push(`${action.verb}: no schema`);
      const help = action.help;
      if ('unlisted' in help ? help.unlisted.trim() === '' : help.length === 0)
        problems.push(`${action.verb}: no help line`);
      const first = owner.get(action.verb);
      if (first !== undefined) problems.push(`${action.verb}: declared by ${first} and ${table}`);
      owner.set(action.verb, table);
    }
  }
  return problems;
}

/** Every literal verb a card template or a view model puts on a button. */
function verbsOnCards(): string[] {
  const found = new Set<string>();
  const root = join(__dirname, '../..');
  for (const file of readdirSync(join(root, 'cards'))) {
    for (const match of readFileSync(join(root, 'cards', file), 'utf8').matchAll(/"verb":\s*"([\w.]+)"/g))
      found.add(match[1]!);
  }
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.includes('generated')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/\bverb: '([\w.]+)'/g)) found.add(match[1]!);
      }
    }
  };
  walk(join(root, 'src'));
  return [...found].sort();
}

// A typed sentence for every command the parser knows: the Record makes the type check fail when one is missing.
const TYPED: Record<CommandName, string> = {
  help: 'trợ giúp',
  unknown: 'xin chào',
  'meeting.new': 'họp mới',
  'meeting.close': 'bế mạc',
  notice: 'thông báo',
  'rollcall.open': 'điểm danh',
  'vote.open': 'biểu quyết kết nạp: Nguyễn Văn A',
  'vote.close': 'kết thúc biểu quyết',
  summary: 'tóm tắt',
  roster: 'danh sách',
  rsvp: 'tham dự',
  present: 'có mặt',
  'vote.cast': 'tán thành',
  'rollcall.record': 'điểm danh hộ: Nguyễn Văn A',
  'vote.hands': 'biểu quyết giơ tay: tán thành Nguyễn Văn A',
  'speaker.register': 'đăng ký phát biểu',
  'speaker.record': 'phát biểu: Nguyễn Văn A: nhất trí',
  'task.add': 'nhiệm vụ: Báo cáo – Nguyễn Văn A – 30/9/2025',
  'task.list': 'danh sách nhiệm vụ',
  'task.done': 'hoàn thành nhiệm vụ: Báo cáo',
  'target.progress': 'tiến độ chỉ tiêu kết nạp: 2',
  'target.set': 'chỉ tiêu năm 2025: kết nạp = 2',
  'summary.year': 'tóm tắt năm 2025',
  minutes: 'biên bản',
  dashboard: 'bảng điều khiển',
  settings: 'cài đặt',
  'schedule.show': 'lịch',
  'schedule.rule': 'lịch ngày 5 14:00',
  'schedule.reminders': 'nhắc lịch 1 ngày trước',
  'meeting.move': 'dời họp 12/9 14:00',
  'meeting.cancel': 'hủy họp',
  'committee.report': 'báo cáo đảng ủy',
};

describe('the action tables', () => {
  it('give every action a schema and a help line (or the reason it has none), each verb in one table', () => {
    expect(tableProblems(ACTION_TABLES)).toEqual([]);
  });

  it('name exactly the verbs cards and channels know (cards/verbs.ts)', () => {
    expect(ACTIONS.map((a) => a.verb).sort()).toEqual([...CARD_VERBS].sort());
  });

  it('have an action for every verb a card template or view model puts on a button', () => {
    const verbs = verbsOnCards();
    expect(verbs.length).toBeGreaterThan(10);
    expect(verbs.filter((verb) => !ACTIONS.some((a) => a.verb === verb))).toEqual([]);
  });

  it('press an action for every text command, with data its schema accepts', () => {
    for (const [name, text] of Object.entries(TYPED) as [CommandName, string][]) {
      const command = parseCommand(text);
      expect(command.name).toBe(name);
      const action = actionOfCommand(command.name);
      expect(action).toBeDefined();
      expect(action!.schema.safeParse(action!.dataOf(command)).success).toBe(true);
    }
  });

  it('declare each text command in one action only', () => {
    const names = ACTIONS.flatMap((a) => a.commands);
    expect(new Set(names).size).toBe(names.length);
  });

  it('catch a table that breaks the rules', () => {
    const quiet = defineAction({
      verb: 'roster.show',
      who: 'member',
      schema: z.object({}),
      help: [],
      handle: () => ({ replies: [], refreshes: [] }),
    });
    const hidden = defineAction({
      verb: 'task.list',
      who: 'member',
      schema: z.object({}),
      help: { unlisted: ' ' },
      handle: () => ({ replies: [], refreshes: [] }),
    });
    const problems = tableProblems({ one: [quiet, hidden], two: [actionOf('roster.show')!] });
    expect(problems).toEqual([
      'roster.show: no help line',
      'task.list: no help line',
      'roster.show: declared by one and two',
    ]);
  });
});
