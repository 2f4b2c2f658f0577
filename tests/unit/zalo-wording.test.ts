import { renderPage } from '../../src/channels/zalo/page-html';
import { digitHint } from '../../src/channels/zalo/questions';
import { resultItems } from '../../src/channels/zalo/turn-result';
import { messageView } from '../../src/features/shared/results';
import type { TurnResult } from '../../src/features/turn';

const refusal = (code: string): TurnResult => ({ replies: [], refreshes: [], error: { code, message: code } });

describe("Zalo's own texts follow the cell's language", () => {
  it('hints how to type an answer in Vietnamese by default and in English when asked', () => {
    expect(resultItems(refusal('rsvp.reason_required'))).toEqual([
      'Đồng chí trả lời theo mẫu: "vắng: <lý do>", ví dụ "vắng: đi công tác".',
    ]);
    expect(resultItems(refusal('rsvp.reason_required'), 'en')).toEqual([
      'Please answer as: "excused: <reason>", for example "excused: business trip".',
    ]);
  });

  it('offers the digit answers in the asked language', () => {
    const question = { kind: 'rsvp' as const, subjectId: 'm1' };
    expect(digitHint(question, 'vi')).toBe(
      'Hoặc trả lời: 1 = Tham dự, 2 = Tham dự trực tuyến, 3 = Xin vắng (xin vắng kèm lý do, ví dụ: "3 đi công tác").',
    );
    expect(digitHint(question, 'en')).toMatch(/^Or reply: 1 = .+ \(give a reason, e\.g\. "3 business trip"\)\.$/);
  });

  it("writes the answer page in the card's language", () => {
    const vi = renderPage({ memberName: 'Nguyễn Văn A', view: messageView('vi', 'info', 'Nội dung') });
    const en = renderPage({ memberName: 'Nguyen Van A', view: messageView('en', 'info', 'Text') });
    expect(vi).toContain('<html lang="vi">');
    expect(vi).toContain('<h1>Trợ lý sinh hoạt chi bộ</h1>');
    expect(vi).toContain('Trang này dành riêng cho đồng chí <strong>Nguyễn Văn A</strong>');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h1>Party-cell meeting assistant</h1>');
    expect(en).toContain('This page is for comrade <strong>Nguyen Van A</strong> only');
  });
});
