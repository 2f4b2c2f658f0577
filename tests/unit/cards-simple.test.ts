/** Message, help and roster cards. */
import { renderCard } from '../../src/cards/render';
import { cardBytes, executeActions, ofType, visibleText } from '../support/card-checks';
import { helpView, messageView, rosterMembers, rosterView } from '../support/view-fixtures';

const TEAMS_CARD_LIMIT = 28 * 1024;

describe('message card', () => {
  it.each([
    ['info', 'default'],
    ['success', 'good'],
    ['warning', 'warning'],
    ['error', 'attention'],
  ] as const)('colours a %s message %s, title in bold', (tone, color) => {
    const card = renderCard(messageView({ tone }));
    const runs = ofType(card, 'TextRun');
    expect(runs[0]).toMatchObject({ text: 'Thông báo của Chi ủy', weight: 'bolder', color });
    expect(runs[1]).toMatchObject({ text: 'Đồng chí đã đăng ký tham dự kỳ sinh hoạt tháng 9/2025.', color });
  });

  it('renders one block per line and no title when there is none', () => {
    const card = renderCard(messageView({ title: '', text: 'Dòng thứ nhất.\n\nDòng thứ hai.' }));
    expect(ofType(card, 'TextRun').map((run) => run['text'])).toEqual(['Dòng thứ nhất.', 'Dòng thứ hai.']);
  });

  it('turns follow-up actions into buttons that gather no input', () => {
    const card = renderCard(
      messageView({
        actions: [
          { verb: 'notice.post', title: 'Gửi thông báo', data: { meetingId: 'meet-2025-09' }, style: 'positive' },
        ],
      }),
    );
    expect(executeActions(card)).toEqual([
      {
        title: 'Gửi thông báo',
        verb: 'notice.post',
        data: { meetingId: 'meet-2025-09' },
        associatedInputs: 'none',
        style: 'positive',
      },
    ]);
    expect(renderCard(messageView()).actions).toBeUndefined();
  });
});

describe('help card', () => {
  it('lists each command with its description', () => {
    const text = visibleText(renderCard(helpView()));
    expect(text).toContain('Hướng dẫn sử dụng trợ lý sinh hoạt chi bộ');
    expect(text).toContain('điểm danh\n – Điểm danh khi kỳ sinh hoạt bắt đầu');
    expect(text).not.toContain('chi ủy');
  });

  it('writes command names in the body font, precomposed (NFC), so Vietnamese marks stay on their letters', () => {
    const decomposed = 'bế mạc'.normalize('NFD');
    const card = renderCard(
      helpView({ commands: [{ command: decomposed, description: 'Bế mạc kỳ sinh hoạt'.normalize('NFD') }] }),
    );
    const runs = ofType(card, 'TextRun');
    expect(runs[0]).toMatchObject({ text: 'bế mạc'.normalize('NFC'), weight: 'bolder' });
    expect(runs.filter((run) => 'fontType' in run)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toBe(json.normalize('NFC'));
  });

  it('says when committee commands are included, in English too', () => {
    expect(visibleText(renderCard(helpView({ isCommittee: true })))).toContain(
      'Danh sách gồm cả các lệnh dành cho chi ủy.',
    );
    expect(visibleText(renderCard(helpView({ locale: 'en', isCommittee: true })))).toContain(
      'How to use the cell meeting assistant',
    );
  });
});

describe('roster card', () => {
  it('lists members with status, role (when not a plain member) and party group', () => {
    const card = renderCard(rosterView());
    const text = visibleText(card);
    expect(text).toContain('Tổng số đảng viên: 5 (chính thức 4, dự bị 1).');
    expect(text).toContain('1. Nguyễn Văn An\n – Chính thức, Bí thư, Tổ đảng số 1');
    expect(text).toContain('4. Phạm Minh Phượng\n – Chính thức, Tổ đảng số 4');
    expect(text).toContain('5. Hoàng Hữu Giang\n – Dự bị, Tổ đảng số 1');
  });

  it('keeps 72 members well under the Teams card limit', () => {
    const card = renderCard(rosterView({ members: rosterMembers(72) }));
    expect(ofType(card, 'RichTextBlock')).toHaveLength(72 + 2);
    expect(cardBytes(card)).toBeLessThan(TEAMS_CARD_LIMIT * 0.6);
  });

  it('lists the first 100 of a large roster and counts the rest', () => {
    const card = renderCard(rosterView({ members: rosterMembers(130) }));
    const text = visibleText(card);
    expect(text).toContain('100. ');
    expect(text).not.toContain('101. ');
    expect(text).toContain('Và 30 đồng chí khác.');
    expect(cardBytes(card)).toBeLessThan(TEAMS_CARD_LIMIT);
    expect(visibleText(renderCard(rosterView({ locale: 'en', members: rosterMembers(130) })))).toContain(
      'And 30 more members.',
    );
  });
});
