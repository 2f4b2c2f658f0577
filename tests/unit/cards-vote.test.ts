import { renderCard } from '../../src/cards/render';
import {
  buttonTitles,
  executeActions,
  inputById,
  ofType,
  parserIssues,
  schemaErrors,
  visibleText,
} from '../support/card-checks';
import { voteView } from '../support/view-fixtures';

const casts = (card: unknown) => executeActions(card).filter((action) => action.verb === 'vote.cast');
const closes = (card: unknown) => executeActions(card).filter((action) => action.verb === 'vote.close');

describe('vote card', () => {
  it('shows the title, the call and the tally with denominator and threshold', () => {
    const card = renderCard(voteView());
    const text = visibleText(card);
    expect(text).toContain('Nghị quyết Chi bộ tháng 9/2025');
    expect(text).toContain('Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua');
    const facts = ofType(card, 'FactSet').flatMap((set) => set['facts'] as { title: string; value: string }[]);
    expect(facts).toEqual([
      { title: 'Tán thành', value: '20' },
      { title: 'Không tán thành', value: '1' },
      { title: 'Ý kiến khác', value: '2' },
      { title: 'Chưa biểu quyết', value: '26' },
      { title: 'Số đảng viên chính thức tính tỷ lệ', value: '49' },
      { title: 'Mức cần đạt để thông qua', value: '25/49' },
    ]);
  });

  it('gives an official member three choices, "Ý kiến khác" with a required comment', () => {
    const card = renderCard(voteView());
    expect(casts(card)).toEqual([
      {
        title: 'Tán thành',
        verb: 'vote.cast',
        data: { motionId: 'motion-nq-09', choice: 'approve' },
        associatedInputs: 'none',
        style: 'positive',
      },
      {
        title: 'Không tán thành',
        verb: 'vote.cast',
        data: { motionId: 'motion-nq-09', choice: 'reject' },
        associatedInputs: 'none',
        style: undefined,
      },
      {
        title: 'Gửi ý kiến',
        verb: 'vote.cast',
        data: { motionId: 'motion-nq-09', choice: 'other' },
        associatedInputs: 'auto',
        style: undefined,
      },
    ]);
    const other = ofType(card, 'Action.ShowCard').find((action) => action['title'] === 'Ý kiến khác');
    expect(inputById(other, 'comment')).toMatchObject({
      type: 'Input.Text',
      isRequired: true,
      errorMessage: 'Đề nghị đồng chí ghi rõ ý kiến.',
    });
    expect(closes(card)).toEqual([]);
  });

  it('offers "Có mặt" first to a member who may vote but is not recorded present, as a valid card', () => {
    const card = renderCard(
      voteView({
        canCheckIn: true,
        tally: {
          approve: 0,
          reject: 0,
          other: 0,
          notVoted: 49,
          denominator: 49,
          threshold: 'quá 1/2 – cần ít nhất 25/49 đồng chí đảng viên chính thức tán thành',
        },
      }),
    );
    expect(executeActions(card)[0]).toEqual({
      title: 'Có mặt',
      verb: 'rollcall.checkin',
      data: { meetingId: voteView().meetingId, motionId: 'motion-nq-09' },
      associatedInputs: 'none',
      style: 'positive',
    });
    expect(visibleText(card)).toContain('cần ít nhất 25/49 đồng chí đảng viên chính thức tán thành');
    expect(schemaErrors(card)).toEqual([]);
    expect(parserIssues(card)).toEqual([]);
    expect(executeActions(renderCard(voteView())).map((a) => a.verb)).not.toContain('rollcall.checkin');
  });

  it('lets the chair close the vote, destructive and without inputs', () => {
    const card = renderCard(voteView({ canClose: true }));
    expect(closes(card)).toEqual([
      {
        title: 'Kết thúc biểu quyết',
        verb: 'vote.close',
        data: { motionId: 'motion-nq-09' },
        associatedInputs: 'none',
        style: 'destructive',
      },
    ]);
  });

  it('marks my choice and still lets me change it', () => {
    const card = renderCard(voteView({ myChoice: { choice: 'approve' } }));
    expect(visibleText(card)).toContain('Đồng chí đã biểu quyết: ');
    expect(visibleText(card)).toContain('Tán thành');
    expect(casts(card)).toHaveLength(3);
    const withComment = renderCard(voteView({ myChoice: { choice: 'other', comment: 'Đề nghị bổ sung chỉ tiêu.' } }));
    expect(visibleText(withComment)).toContain('Ý kiến khác – Đề nghị bổ sung chỉ tiêu.');
    expect(inputById(withComment, 'comment')?.['value']).toBe('Đề nghị bổ sung chỉ tiêu.');
  });

  it('gives a probationary member an opinion box instead of a ballot', () => {
    const card = renderCard(voteView({ canVote: false }));
    expect(visibleText(card)).toContain('Đảng viên dự bị tham gia ý kiến, không biểu quyết.');
    expect(inputById(card, 'comment')).toMatchObject({ type: 'Input.Text', isRequired: true });
    expect(casts(card)).toEqual([
      {
        title: 'Gửi ý kiến',
        verb: 'vote.cast',
        data: { motionId: 'motion-nq-09', choice: 'other' },
        associatedInputs: 'auto',
        style: undefined,
      },
    ]);
    expect(buttonTitles(card)).toEqual(['Gửi ý kiến']);
  });

  it('shows a probationary member their recorded opinion', () => {
    const card = renderCard(voteView({ canVote: false, myChoice: { choice: 'other', comment: 'Nhất trí.' } }));
    expect(visibleText(card)).toContain('Ý kiến của đồng chí đã được ghi nhận: ');
    expect(visibleText(card)).toContain('Nhất trí.');
  });

  it('has no voting or closing button once closed, and shows the result and opinions apart', () => {
    const card = renderCard(
      voteView({
        open: false,
        canClose: true,
        passed: true,
        resultLines: [
          'Kết quả biểu quyết: 49/49 đồng chí đảng viên chính thức tán thành (đạt 100%). Nghị quyết được thông qua.',
        ],
        opinions: [{ name: 'Vũ Thị Gấm', text: 'Nhất trí với dự thảo.' }],
      }),
    );
    expect(executeActions(card)).toEqual([]);
    expect(card.actions).toBeUndefined();
    expect(inputById(card, 'comment')).toBeUndefined();
    const text = visibleText(card);
    expect(text).toContain('Biểu quyết đã kết thúc.');
    expect(text).toContain(
      'Kết quả biểu quyết: 49/49 đồng chí đảng viên chính thức tán thành (đạt 100%). Nghị quyết được thông qua.',
    );
    expect(text).toContain('Ý kiến của đảng viên dự bị');
    expect(text).toContain('Vũ Thị Gấm: ');
    const result = ofType(card, 'TextRun').find((run) => String(run['text']).startsWith('Kết quả'));
    expect(result?.['color']).toBe('good');
  });

  it('colours a failed result as attention', () => {
    const card = renderCard(
      voteView({ open: false, passed: false, resultLines: ['Nghị quyết không được thông qua.'] }),
    );
    const result = ofType(card, 'TextRun').find((run) => run['text'] === 'Nghị quyết không được thông qua.');
    expect(result?.['color']).toBe('attention');
  });

  it('speaks English when the view asks for it', () => {
    const card = renderCard(voteView({ locale: 'en', canClose: true, myChoice: { choice: 'reject' } }));
    expect(executeActions(card).map((action) => action.title)).toEqual([
      'Approve',
      'Reject',
      'Send opinion',
      'Close the vote',
    ]);
    expect(visibleText(card)).toContain('Your vote: ');
    expect(visibleText(card)).toContain('Not voted yet');
  });
});
