/** The page's words in Vietnamese (default) and English. */
export type Locale = 'vi' | 'en';

/** Labels of roster codes (status, role); unknown codes are shown as they are. */
type Labels = Readonly<Record<string, string>>;

const STATUS_VI: Labels = {
  official: 'chính thức',
  probationary: 'dự bị',
  exempt: 'miễn sinh hoạt',
  attached_in: 'sinh hoạt tạm thời (đến)',
  attached_out: 'sinh hoạt tạm thời (đi)',
  suspended: 'đình chỉ sinh hoạt',
};
const ROLE_VI: Labels = {
  secretary: 'Bí thư',
  deputy_secretary: 'Phó Bí thư',
  committee: 'Chi ủy viên',
  member: 'Đảng viên',
};

const vi = {
  pageTitle: 'chibo-bot — môi trường thử nghiệm',
  banner: 'Môi trường thử nghiệm (playground) — chỉ dùng khi phát triển, không dùng cho sinh hoạt thật',
  title: 'Trợ lý sinh hoạt chi bộ',
  intro:
    'Chọn chi bộ và chọn “Tôi là” để đóng vai một đảng viên. Ở đây không có xác thực: ai mở trang này cũng có thể nhân danh bất kỳ ai.',
  tryHint: 'Gõ “trợ giúp” để xem các lệnh.',
  localeToggle: 'English',
  localeToggleLabel: 'Chuyển giao diện sang tiếng Anh',
  cell: 'Chi bộ',
  whoAmI: 'Tôi là',
  chooseMember: '— Chọn đảng viên —',
  noCells: 'Chưa có chi bộ nào trong cơ sở dữ liệu. Hãy nạp dữ liệu mẫu rồi tải lại trang.',
  timeline: 'Cuộc trò chuyện',
  empty: 'Chưa có tin nhắn nào.',
  message: 'Tin nhắn',
  placeholder: 'Nhập tin nhắn cho trợ lý…',
  send: 'Gửi',
  sending: 'Đang gửi…',
  clear: 'Xóa lịch sử',
  bot: 'Trợ lý',
  system: 'Hệ thống',
  pressed: (title: string) => `bấm “${title}”`,
  pickMemberFirst: 'Hãy chọn “Tôi là” trước khi gửi.',
  requestFailed: (message: string) => `Lỗi: ${message}`,
  networkFailed: 'Không kết nối được máy chủ.',
  actingAs: (name: string) => `Đang đóng vai: ${name}`,
  status: STATUS_VI,
  role: ROLE_VI,
};

export type Strings = typeof vi;

const en: Strings = {
  pageTitle: 'chibo-bot — playground',
  banner: 'Playground — for development only, not for real party-cell meetings',
  title: 'Party-cell meeting assistant',
  intro:
    'Pick a cell and choose “I am” to act as one member. There is no authentication here: anyone who opens this page can act as anyone.',
  tryHint: 'Type “help” to see the commands.',
  localeToggle: 'Tiếng Việt',
  localeToggleLabel: 'Switch the interface to Vietnamese',
  cell: 'Cell',
  whoAmI: 'I am',
  chooseMember: '— Choose a member —',
  noCells: 'There is no cell in the database yet. Load the demo data and reload the page.',
  timeline: 'Conversation',
  empty: 'No messages yet.',
  message: 'Message',
  placeholder: 'Type a message to the assistant…',
  send: 'Send',
  sending: 'Sending…',
  clear: 'Clear history',
  bot: 'Assistant',
  system: 'System',
  pressed: (title: string) => `pressed “${title}”`,
  pickMemberFirst: 'Choose “I am” before sending.',
  requestFailed: (message: string) => `Error: ${message}`,
  networkFailed: 'Could not reach the server.',
  actingAs: (name: string) => `Acting as: ${name}`,
  status: {
    official: 'full member',
    probationary: 'probationary',
    exempt: 'exempt',
    attached_in: 'temporarily attached (in)',
    attached_out: 'temporarily attached (out)',
    suspended: 'suspended',
  },
  role: {
    secretary: 'Secretary',
    deputy_secretary: 'Deputy secretary',
    committee: 'Committee member',
    member: 'Member',
  },
};

export const STRINGS: Record<Locale, Strings> = { vi, en };

/** "Nguyễn Văn An — chính thức · Bí thư" */
/**
 * A member's line in the "Tôi là" list: the name alone, which a phone's closed list shows whole (the line
 * under it says status and role); with status and role only where two members share the name.
 */
export function memberOptionLabel(
  strings: Strings,
  member: { fullName: string; status: string; role: string },
  all: readonly { fullName: string }[],
): string {
  const shared = all.filter((other) => other.fullName === member.fullName).length > 1;
  return shared ? memberLabel(strings, member) : member.fullName;
}

export function memberLabel(strings: Strings, member: { fullName: string; status: string; role: string }): string {
  const status = strings.status[member.status] ?? member.status;
  const role = strings.role[member.role] ?? member.role;
  return `${member.fullName} — ${status} · ${role}`;
}
