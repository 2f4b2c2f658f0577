/**
 * Every card, in each of its shapes, is a valid Adaptive Card 1.5: the official
 * JSON schema and the adaptivecards parser both accept it, its buttons use
 * known verbs, and their data never says who acts.
 */
import { renderCard } from '../../src/cards/render';
import { CARD_VERBS, type CardView } from '../../src/cards/view-models';
import { ALLOWED_DATA_KEYS, executeActions, parserIssues, schemaErrors } from '../support/card-checks';
import {
  helpView,
  meetingFormView,
  messageView,
  noticeView,
  rollCallView,
  rosterMembers,
  rosterView,
  setupFormView,
  setupRosterEntries,
  setupRosterView,
  summaryView,
  voteView,
} from '../support/view-fixtures';

const variants: [string, CardView][] = [
  ['message', messageView()],
  [
    'message without title, error tone, two lines',
    messageView({ tone: 'error', text: 'Dòng một.\nDòng hai.', title: '' }),
  ],
  [
    'message with a follow-up button',
    messageView({
      tone: 'success',
      actions: [{ verb: 'notice.post', title: 'Gửi thông báo', data: { meetingId: 'm1' } }],
    }),
  ],
  ['help', helpView()],
  ['help for the committee, English', helpView({ isCommittee: true, locale: 'en' })],
  ['meeting form', meetingFormView()],
  [
    'meeting form with errors and entered values',
    meetingFormView({
      errors: ['Cần ít nhất một nội dung trong chương trình.', 'Tài liệu "abc": cần dạng "Tên tài liệu | https://…"'],
      defaults: {
        date: '2025-09-05',
        time: '14:00',
        form: 'online',
        kind: 'thematic',
        agenda: 'A – B\nC',
        chairMemberId: 'mem-001',
      },
    }),
  ],
  ['meeting form with no members', meetingFormView({ members: [] })],
  ['notice', noticeView()],
  ['notice with my answer', noticeView({ myAnswer: { answer: 'attend_online', venue: 'Phân xưởng Đông Anh' } })],
  [
    'notice with warnings',
    noticeView({ warnings: ['Kỳ sinh hoạt trực tuyến chưa có văn bản đồng ý của cấp ủy cấp trên.'] }),
  ],
  ['notice cancelled', noticeView({ cancelled: true, myAnswer: { answer: 'attend' } })],
  ['notice preview', noticeView({ preview: true })],
  ['notice, online with no venue', noticeView({ venues: [] })],
  [
    'notice, in person, bare',
    noticeView({
      venues: [{ name: 'Hội trường', main: true }],
      agenda: [],
      documents: [],
      guests: [],
      parentOrganisation: '',
    }),
  ],
  ['rollcall open', rollCallView()],
  ['rollcall open without venues, my presence', rollCallView({ venues: [], myPresence: { presence: 'present' } })],
  ['rollcall closed with warnings', rollCallView({ open: false, warnings: ['Tỷ lệ có mặt dưới 85%.'] })],
  ['vote open, official', voteView()],
  [
    'vote open, official, chair, voted other',
    voteView({ canClose: true, myChoice: { choice: 'other', comment: 'Bổ sung chỉ tiêu.' } }),
  ],
  ['vote open, probationary', voteView({ canVote: false })],
  [
    'vote open, probationary chair',
    voteView({ canVote: false, canClose: true, myChoice: { choice: 'other', comment: 'Đồng ý.' } }),
  ],
  [
    'vote closed, passed, with opinions',
    voteView({
      open: false,
      passed: true,
      resultLines: [
        'Kết quả biểu quyết: 49/49 đồng chí đảng viên chính thức tán thành (đạt 100%).',
        'Nghị quyết được thông qua.',
      ],
      opinions: [{ name: 'Vũ Thị Gấm', text: 'Nhất trí với dự thảo.' }],
    }),
  ],
  [
    'vote closed, not passed',
    voteView({ open: false, passed: false, resultLines: ['Nghị quyết không được thông qua.'] }),
  ],
  ['summary', summaryView()],
  [
    'summary with flags and an undecided motion',
    summaryView({
      flags: ['Có 1 đảng viên vắng không lý do.'],
      motions: [{ title: 'Kết nạp quần chúng Nguyễn Văn Hòa', lines: [], passed: null }],
    }),
  ],
  ['summary, empty', summaryView({ sections: [], motions: [], flags: [] })],
  ['roster', rosterView()],
  ['roster of 72', rosterView({ members: rosterMembers(72) })],
  ['roster of 130 (truncated)', rosterView({ members: rosterMembers(130) })],
  ['roster, empty', rosterView({ members: [] })],
  ['setup form', setupFormView()],
  ['setup form with errors, English', setupFormView({ locale: 'en', errors: ['Not valid: Cell name'] })],
  [
    'setup form with two committees to choose',
    setupFormView({
      committees: [
        { id: 'c1', name: 'Đảng bộ Khối Doanh nghiệp quận Long Biên' },
        { id: 'c2', name: 'Đảng bộ phường An Dương' },
      ],
    }),
  ],
  [
    'setup form with nine committees (a dropdown)',
    setupFormView({
      committees: Array.from({ length: 9 }, (_, i) => ({ id: `c${i}`, name: `Đảng bộ phường số ${i + 1}` })),
    }),
  ],
  ['setup roster, middle page', setupRosterView()],
  ['setup roster, single page', setupRosterView({ page: 1, pageCount: 1 })],
  ['setup roster, empty', setupRosterView({ entries: [], page: 1, pageCount: 1 })],
  ['setup roster, 15 lines', setupRosterView({ entries: setupRosterEntries(15) })],
];

describe.each(variants)('%s', (_name, view) => {
  const card = renderCard(view);

  it('is an Adaptive Card 1.5 with its schema URL', () => {
    expect(card).toMatchObject({
      type: 'AdaptiveCard',
      version: '1.5',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    });
  });

  it('validates against the official 1.5 JSON schema', () => {
    expect(schemaErrors(card)).toEqual([]);
  });

  it('parses in the adaptivecards library with no event or duplicate id', () => {
    expect(parserIssues(card)).toEqual([]);
  });

  it('leaves no template expression unexpanded', () => {
    expect(JSON.stringify(card)).not.toContain('${');
  });

  it('uses only known verbs, with data holding ids and choices only', () => {
    for (const action of executeActions(card)) {
      expect(CARD_VERBS).toContain(action.verb);
      for (const [key, value] of Object.entries(action.data)) {
        expect(ALLOWED_DATA_KEYS).toContain(key);
        expect(typeof value).toBe('string');
      }
      expect(['auto', 'none']).toContain(action.associatedInputs);
    }
  });

  it('is a fresh object each time (no shared state between renders)', () => {
    const again = renderCard(view);
    expect(again).toEqual(card);
    expect(again).not.toBe(card);
  });
});
