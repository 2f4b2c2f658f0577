/**
 * Member-entered text cannot break a template, add an action or be read as
 * markdown; the card checks themselves catch what they claim to; cards stay
 * under Teams' size limit.
 */
import { renderCard } from '../../src/cards/render';
import type { CardView } from '../../src/cards/view-models';
import { cardBytes, objectsOf, ofType, parserIssues, schemaErrors } from '../support/card-checks';
import {
  meetingFormView,
  messageView,
  noticeView,
  rosterMembers,
  rosterView,
  setupFormView,
  setupRosterEntries,
  setupRosterView,
  summaryView,
  voteView,
} from '../support/view-fixtures';

const TRICKS = [
  'Nguyễn Văn ${x}',
  '**bold** <b>x</b>',
  '${$root.meetingId}',
  '${json(\'{"type":"Action.Submit"}\')}',
  '[Bấm vào đây](https://evil.example/)',
  '", "type": "Action.OpenUrl", "url": "https://evil.example/',
];
const [name, markup, rootRef, call, link, breakout] = TRICKS as [string, string, string, string, string, string];

const tricked: [string, CardView, CardView][] = [
  [
    'notice',
    noticeView({
      agenda: [{ position: 1, title: 'Thông tin thời sự', presenter: 'đồng chí An' }],
      documents: [{ title: 'Dự thảo', url: 'https://docs.example.vn/a.pdf' }],
      warnings: ['Lưu ý'],
      myAnswer: { answer: 'excused', reason: 'Ốm' },
    }),
    noticeView({
      cellName: rootRef,
      venues: [
        { name: name, main: true },
        { name: breakout, main: false },
      ],
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
      agenda: [{ position: 1, title: markup, presenter: call }],
      documents: [{ title: link, url: 'https://docs.example.vn/a.pdf' }],
      guests: [{ name: name, position: markup }],
      chair: rootRef,
      minuteTaker: call,
      warnings: [link],
      myAnswer: { answer: 'excused', reason: breakout },
    }),
  ],
  [
    'vote',
    voteView({ canClose: true, myChoice: { choice: 'other', comment: 'Ốm' }, opinions: [{ name: 'A', text: 'B' }] }),
    voteView({
      title: markup,
      canClose: true,
      myChoice: { choice: 'other', comment: breakout },
      opinions: [{ name: name, text: link }],
    }),
  ],
  [
    'form',
    meetingFormView({ errors: ['x'] }),
    meetingFormView({
      errors: [link],
      members: [
        { id: 'mem-001', name: rootRef },
        { id: 'mem-002', name: markup },
        { id: 'mem-003', name: call },
      ],
      defaults: { date: '2025-09-05', time: '14:00', form: 'online', agenda: breakout },
    }),
  ],
  [
    'roster',
    rosterView(),
    rosterView({ cellName: call, members: rosterMembers(5).map((m, i) => ({ ...m, name: TRICKS[i] ?? m.name })) }),
  ],
  [
    'summary',
    summaryView(),
    summaryView({
      sections: [
        { title: markup, lines: [name, breakout] },
        { title: link, lines: [call] },
      ],
    }),
  ],
  ['message', messageView(), messageView({ title: rootRef, text: `${link}\n${breakout}` })],
  [
    'setup form',
    setupFormView({ errors: ['x'] }),
    setupFormView({
      errors: [markup],
      values: { ...setupFormView().values, cellName: rootRef, parentOrganisation: breakout, approvalRef: call },
    }),
  ],
  [
    'setup roster',
    setupRosterView(),
    setupRosterView({
      cellName: markup,
      entries: setupRosterEntries(4).map((e, i) => ({
        ...e,
        name: TRICKS[i] ?? e.name,
        detail: link,
        partyGroup: breakout,
      })),
    }),
  ],
];

const actionShape = (card: unknown) =>
  objectsOf(card)
    .filter((object) => String(object['type']).startsWith('Action.'))
    .map((object) => [object['type'], object['verb'] ?? object['url']]);

/** Text a host parses as markdown: TextBlock text, Fact title and value. */
const markdownTexts = (card: unknown): string[] => [
  ...ofType(card, 'TextBlock').map((block) => String(block['text'])),
  ...ofType(card, 'FactSet').flatMap((set) =>
    (set['facts'] as { title: string; value: string }[]).flatMap((f) => [f.title, f.value]),
  ),
];

describe.each(tricked)('%s card with member text that looks like code', (_type, plain, hostile) => {
  const card = renderCard(hostile);
  const json = JSON.stringify(card);
  const used = TRICKS.filter((trick) => JSON.stringify(hostile).includes(JSON.stringify(trick).slice(1, -1)));

  it('keeps every string literal (no expression evaluated)', () => {
    expect(used.length).toBeGreaterThan(0);
    for (const trick of used) expect(json).toContain(JSON.stringify(trick).slice(1, -1));
  });

  it('gains no action and no link', () => {
    expect(actionShape(card)).toEqual(actionShape(renderCard(plain)));
    expect(json).not.toContain('"url":"https://evil.example/');
  });

  it('puts member text only where markdown is not parsed', () => {
    for (const text of markdownTexts(card)) for (const trick of used) expect(text).not.toContain(trick);
  });

  it('is still a valid card', () => {
    expect(schemaErrors(card)).toEqual([]);
    expect(parserIssues(card)).toEqual([]);
  });
});

it('does not resolve ${$root.…} written by a member', () => {
  const card = renderCard(noticeView({ chair: '${$root.meetingId}' }));
  const runs = ofType(card, 'TextRun').map((run) => run['text']);
  expect(runs).toContain('${$root.meetingId}');
});

describe('the card checks', () => {
  it('reject what the schema forbids', () => {
    expect(schemaErrors({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 5 }] })).not.toEqual(
      [],
    );
    expect(
      schemaErrors({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [],
        actions: [{ type: 'Action.Execute', associatedInputs: 'some' }],
      }),
    ).not.toEqual([]);
  });

  it('report unknown elements and duplicate ids, inside ShowCards too', () => {
    const input = { type: 'Input.Text', id: 'comment', label: 'x' };
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Carousel' }, input],
      actions: [{ type: 'Action.ShowCard', title: 'x', card: { type: 'AdaptiveCard', body: [input] } }],
    };
    const issues = parserIssues(card);
    expect(issues.some((issue) => issue.includes('UnknownElementType'))).toBe(true);
    expect(issues.some((issue) => issue.includes('DuplicateId'))).toBe(true);
  });
});

describe('card size (Teams refuses cards above about 28 KB)', () => {
  const limit = 28 * 1024;
  it.each<[string, CardView]>([
    ['form with 72 members', meetingFormView({ members: rosterMembers(72).map((m) => ({ id: m.id, name: m.name })) })],
    [
      'notice with a long agenda',
      noticeView({
        agenda: Array.from({ length: 15 }, (_, i) => ({
          position: i + 1,
          title: `Nội dung thứ ${i + 1} của kỳ sinh hoạt`,
          presenter: 'đồng chí Nguyễn Văn An',
          documentUrl: 'https://docs.example.vn/tai-lieu.pdf',
        })),
      }),
    ],
    [
      'vote with 23 opinions',
      voteView({
        open: false,
        opinions: rosterMembers(23).map((m) => ({
          name: m.name,
          text: 'Nhất trí với dự thảo nghị quyết, đề nghị bổ sung chỉ tiêu phát triển đảng viên.',
        })),
      }),
    ],
  ])('%s stays under half the limit', (_name, view) => {
    expect(cardBytes(renderCard(view))).toBeLessThan(limit / 2);
  });
});
