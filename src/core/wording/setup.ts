/** Setting a cell up: the roster sync, saved settings, who bound the conversation, and settings in words. */
import type { WordingTable } from './say';

type Sync = { inConversation: number; linked: number; byEmail: number; unmatched: number; elsewhere: number };

export const SETUP_WORDING = {
  rosterSync: {
    vi: (r: Sync) =>
      `Cuộc trò chuyện có ${r.inConversation} tài khoản: đã liên kết ${r.linked} (mới khớp theo email ${r.byEmail}); chưa có trong danh sách ${r.unmatched}${r.elsewhere > 0 ? `; ${r.elsewhere} thuộc chi bộ khác` : ''}.`,
    en: (r: Sync) =>
      `The conversation has ${r.inConversation} accounts: ${r.linked} linked (${r.byEmail} newly matched by email); ${r.unmatched} not on the roster${r.elsewhere > 0 ? `; ${r.elsewhere} belong to another cell` : ''}.`,
  },
  rosterSaved: {
    vi: ({ updated, added }: { updated: number; added: number }) =>
      `Đã lưu: cập nhật ${updated} đồng chí, bổ sung ${added} đồng chí vào danh sách.`,
    en: ({ updated, added }: { updated: number; added: number }) =>
      `Saved: ${updated} members updated, ${added} added to the roster.`,
  },
  settingsSaved: {
    vi: ({ cell }: { cell: string }) => `Đã lưu thiết lập ${cell}:`,
    en: ({ cell }: { cell: string }) => `Saved the settings of ${cell}:`,
  },
  settingsUnchanged: {
    vi: ({ cell }: { cell: string }) => `Thiết lập ${cell} không có thay đổi.`,
    en: ({ cell }: { cell: string }) => `The settings of ${cell} are unchanged.`,
  },
  nextSyncRoster: {
    vi: 'Bước tiếp theo: đồng bộ danh sách đảng viên với thành viên của cuộc trò chuyện.',
    en: "Next: sync the member roster with this conversation's members.",
  },
  setupTitle: { vi: 'Thiết lập chi bộ', en: 'Cell setup' },
  /** The saved card's line when the save put the cell under a committee, or took it out. */
  underCommittee: {
    vi: ({ committee }: { committee: string }) => `- Trực thuộc: ${committee}`,
    en: ({ committee }: { committee: string }) => `- Under: ${committee}`,
  },
  noCommittee: { vi: 'không trực thuộc đảng bộ nào trên hệ thống', en: 'no committee on this system' },
  notValidPrefix: { vi: 'Chưa hợp lệ: ', en: 'Not valid: ' },
  notValidField: {
    vi: ({ label, hint }: { label: string; hint: string }) => `Chưa hợp lệ: ${label} (${hint}).`,
    en: ({ label, hint }: { label: string; hint: string }) => `Not valid: ${label} (${hint}).`,
  },
  defaultSecretaryName: { vi: 'Bí thư chi bộ', en: 'Cell secretary' },
  setUpBy: {
    vi: ({ name }: { name: string }) =>
      `Đồng chí ${name} đã thiết lập chi bộ cho cuộc trò chuyện này với vai trò Bí thư.`,
    en: ({ name }: { name: string }) => `${name} set up the cell for this conversation as its secretary.`,
  },
  boundBy: {
    vi: ({ name }: { name: string }) =>
      `Đồng chí ${name} đã gắn cuộc trò chuyện này với danh sách đảng viên của chi bộ.`,
    en: ({ name }: { name: string }) => `${name} bound this conversation to the cell's roster.`,
  },
  syncRoster: { vi: 'Đồng bộ danh sách đảng viên', en: 'Sync the member roster' },
  editSettings: { vi: 'Sửa thiết lập', en: 'Edit settings' },
  // The welcome card where the bot was added.
  assistant: { vi: 'Trợ lý sinh hoạt chi bộ', en: 'Cell meeting assistant' },
  setUpCell: { vi: 'Thiết lập chi bộ', en: 'Set up the cell' },
  cellSettings: { vi: 'Cài đặt chi bộ', en: 'Cell settings' },
  memberRoster: { vi: 'Danh sách đảng viên', en: 'Member roster' },
  welcomeMember: {
    vi: ({ cell }: { cell: string }) =>
      `Trợ lý sinh hoạt chi bộ xin chào đồng chí (${cell}). Gõ "trợ giúp" để xem các lệnh.`,
    en: ({ cell }: { cell: string }) =>
      `The cell meeting assistant greets you (${cell}). Type "help" to see the commands.`,
  },
  welcomeStranger: {
    vi: 'Trợ lý sinh hoạt chi bộ xin chào đồng chí. Tài khoản của đồng chí chưa được liên kết với danh sách đảng viên của chi bộ; đề nghị liên hệ đồng chí Bí thư.',
    en: 'The cell meeting assistant greets you. Your account is not linked to a cell roster yet; please contact the cell secretary.',
  },
  welcomeBound: {
    vi: ({ cell }: { cell: string }) =>
      `Trợ lý sinh hoạt chi bộ xin chào các đồng chí. Cuộc trò chuyện này đã được gắn với ${cell}. Gõ "@chibo trợ giúp" để xem các lệnh.`,
    en: ({ cell }: { cell: string }) =>
      `The cell meeting assistant greets you. This conversation is bound to ${cell}. Type "@chibo help" to see the commands.`,
  },
  welcomeNew: {
    vi: 'Trợ lý sinh hoạt chi bộ xin chào các đồng chí. Đề nghị đồng chí Bí thư chi bộ bấm "Thiết lập chi bộ" để gắn cuộc trò chuyện này với chi bộ; đồng chí bấm nút sẽ được ghi nhận là Bí thư.',
    en: 'The cell meeting assistant greets you. The cell secretary should press "Set up the cell" to bind this conversation to the cell; whoever presses it is recorded as the secretary.',
  },
  // Settings in words ("nhắc lịch trước 7 ngày, 1 giờ").
  days: {
    vi: ({ n }: { n: number }) => `${n} ngày`,
    en: ({ n }: { n: number }) => `${n} day${n === 1 ? '' : 's'}`,
  },
  hours: {
    vi: ({ n }: { n: number }) => `${n} giờ`,
    en: ({ n }: { n: number }) => `${n} hour${n === 1 ? '' : 's'}`,
  },
  minutes: {
    vi: ({ n }: { n: number }) => `${n} phút`,
    en: ({ n }: { n: number }) => `${n} minutes`,
  },
  before: {
    vi: ({ list }: { list: string }) => `trước ${list}`,
    en: ({ list }: { list: string }) => `${list} before`,
  },
  yes: { vi: 'có', en: 'yes' },
  no: { vi: 'không', en: 'no' },
} as const satisfies WordingTable;
