/**
 * `committees`, `committees create`, `committees add-member`, `cells create`, `cells move`: the upper
 * committees (đảng ủy) and their cells (issue 15). An operator's tool: no access check.
 */
import {
  addCommitteeMember,
  committeeRoleLabel,
  createCellUnder,
  createCommittee,
  listCommittees,
  moveCell,
  parseCommitteeRole,
  updateCommittee,
} from '../features/committees/manage-committees';
import { EXIT_OK, requiredOption, stringOption, UsageError, type CommandContext, type CommandSpec } from './context';
import { printError, printJson, printLine, renderTable } from './output';

const CREATE_USAGE = 'committees create --name <tên> [--parent <id>] [--locality <địa danh>] [--json]';
const SET_USAGE = 'committees set --committee <id> [--name <tên>] [--locality <địa danh>] [--json]';
const MEMBER_USAGE =
  'committees add-member --committee <id> --name <họ tên> --role <bí thư|phó bí thư|ủy viên|chuyên viên> [--email <e>] [--teams <aadObjectId>] [--zalo <user id>] [--json]';
const CELL_USAGE = 'cells create --name <tên chi bộ> --committee <id> [--timezone <Asia/Ho_Chi_Minh>] [--json]';
const MOVE_USAGE = 'cells move --cell <id> (--committee <id> | --none) [--json]';

function done(ctx: CommandContext, value: unknown, line: string): number {
  if (ctx.json) printJson(ctx.io, value);
  else printLine(ctx.io, line);
  return EXIT_OK;
}

export const committeesCommand: CommandSpec = {
  name: 'committees',
  usage: ['committees [--json]'],
  summary: 'Liệt kê các đảng ủy (đảng bộ), số chi bộ trực thuộc và các đồng chí đảng ủy',
  options: { json: { type: 'boolean' } },
  async run(ctx) {
    const committees = await ctx.withDatabase(listCommittees);
    if (ctx.json) {
      printJson(ctx.io, committees);
      return EXIT_OK;
    }
    if (committees.length === 0) {
      printLine(ctx.io, `Chưa có đảng ủy nào. Tạo bằng lệnh: ${CREATE_USAGE}`);
      return EXIT_OK;
    }
    printLine(
      ctx.io,
      renderTable(
        ['Mã', 'Tên', 'Cấp trên', 'Địa danh', 'Số chi bộ', 'Đảng ủy viên'],
        committees.map((c) => [
          c.id,
          c.name,
          c.parentId ?? '',
          c.locality,
          String(c.cells),
          c.members.map((m) => m.fullName).join(', '),
        ]),
      ),
    );
    return EXIT_OK;
  },
};

export const committeeCreateCommand: CommandSpec = {
  name: 'committees create',
  usage: [CREATE_USAGE],
  summary: 'Tạo một đảng ủy (đảng bộ), có thể trực thuộc một đảng ủy khác',
  options: {
    name: { type: 'string' },
    parent: { type: 'string' },
    locality: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(ctx) {
    const name = requiredOption(ctx.values, 'name', CREATE_USAGE);
    const parentId = stringOption(ctx.values, 'parent');
    const locality = stringOption(ctx.values, 'locality');
    const committee = await ctx.withDatabase((db) =>
      createCommittee(db, { name, ...(parentId ? { parentId } : {}), ...(locality !== undefined ? { locality } : {}) }),
    );
    return done(ctx, committee, `Đã tạo ${committee.name} (mã ${committee.id}).`);
  },
};

export const committeeSetCommand: CommandSpec = {
  name: 'committees set',
  usage: [SET_USAGE],
  summary: 'Đổi tên một đảng ủy hoặc địa danh ghi trên báo cáo của đảng ủy',
  options: {
    committee: { type: 'string' },
    name: { type: 'string' },
    locality: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(ctx) {
    const committeeId = requiredOption(ctx.values, 'committee', SET_USAGE);
    const name = stringOption(ctx.values, 'name');
    const locality = stringOption(ctx.values, 'locality');
    if (name === undefined && locality === undefined)
      throw new UsageError('Cần ít nhất một trong --name hoặc --locality', SET_USAGE);
    const committee = await ctx.withDatabase((db) =>
      updateCommittee(db, {
        committeeId,
        ...(name !== undefined ? { name } : {}),
        ...(locality !== undefined ? { locality } : {}),
      }),
    );
    return done(ctx, committee, `Đã lưu ${committee.name}: địa danh "${committee.locality}".`);
  },
};

export const committeeMemberCommand: CommandSpec = {
  name: 'committees add-member',
  usage: [MEMBER_USAGE],
  summary: 'Thêm một đồng chí vào đảng ủy (đọc báo cáo của các chi bộ trực thuộc), với tài khoản Teams/Zalo',
  options: {
    committee: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    email: { type: 'string' },
    teams: { type: 'string' },
    zalo: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(ctx) {
    const committeeId = requiredOption(ctx.values, 'committee', MEMBER_USAGE);
    const fullName = requiredOption(ctx.values, 'name', MEMBER_USAGE);
    const roleText = requiredOption(ctx.values, 'role', MEMBER_USAGE);
    const role = parseCommitteeRole(roleText);
    if (!role) throw new UsageError(`--role không hợp lệ: "${roleText}"`, MEMBER_USAGE);
    const email = stringOption(ctx.values, 'email');
    const teams = stringOption(ctx.values, 'teams');
    const zalo = stringOption(ctx.values, 'zalo');
    const accounts = [
      ...(teams ? [{ platform: 'teams' as const, platformUserId: teams }] : []),
      ...(zalo ? [{ platform: 'zalo' as const, platformUserId: zalo }] : []),
    ];
    const member = await ctx.withDatabase((db) =>
      addCommitteeMember(db, { committeeId, fullName, role, accounts, ...(email ? { email } : {}) }),
    );
    return done(
      ctx,
      { ...member, accounts },
      `Đã thêm đồng chí ${member.fullName} (${committeeRoleLabel(role, 'vi')}), mã ${member.id}.`,
    );
  },
};

export const cellCreateCommand: CommandSpec = {
  name: 'cells create',
  usage: [CELL_USAGE],
  summary: 'Tạo một chi bộ trực thuộc đảng ủy',
  options: {
    name: { type: 'string' },
    committee: { type: 'string' },
    timezone: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(ctx) {
    const name = requiredOption(ctx.values, 'name', CELL_USAGE);
    const committeeId = requiredOption(ctx.values, 'committee', CELL_USAGE);
    const timezone = stringOption(ctx.values, 'timezone');
    const cell = await ctx.withDatabase((db) =>
      createCellUnder(db, { name, committeeId, ...(timezone ? { timezone } : {}) }),
    );
    return done(
      ctx,
      { id: cell.id, name: cell.name, committeeId: cell.committeeId, parentOrganisation: cell.parentOrganisation },
      `Đã tạo ${cell.name} (mã ${cell.id}) trực thuộc ${cell.parentOrganisation}.`,
    );
  },
};

export const cellMoveCommand: CommandSpec = {
  name: 'cells move',
  usage: [MOVE_USAGE],
  summary: 'Chuyển một chi bộ sang trực thuộc đảng ủy khác (--none: không trực thuộc đảng ủy nào)',
  options: {
    cell: { type: 'string' },
    committee: { type: 'string' },
    none: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(ctx) {
    const cellId = requiredOption(ctx.values, 'cell', MOVE_USAGE);
    const committee = stringOption(ctx.values, 'committee');
    const none = ctx.values.none === true;
    if ((committee === undefined) === !none)
      throw new UsageError('Cần đúng một trong --committee <id> hoặc --none', MOVE_USAGE);
    const cell = await ctx.withDatabase((db) =>
      moveCell(db, { cellId, committeeId: none ? null : (committee ?? null) }),
    );
    if (!ctx.json && none)
      printError(ctx.io, 'Chi bộ giữ nguyên dòng "trực thuộc" trên biên bản; sửa bằng thẻ thiết lập nếu cần.');
    return done(
      ctx,
      { id: cell.id, name: cell.name, committeeId: cell.committeeId, parentOrganisation: cell.parentOrganisation },
      cell.committeeId
        ? `Đã chuyển ${cell.name} sang trực thuộc ${cell.parentOrganisation}.`
        : `${cell.name} không còn trực thuộc đảng ủy nào.`,
    );
  },
};
