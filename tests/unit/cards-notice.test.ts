import { renderCard } from '../../src/cards/render';
import { buttonTitles, executeActions, executeTitled, inputById, ofType, visibleText } from '../support/card-checks';
import { noticeView } from '../support/view-fixtures';

function showCardTitled(card: unknown, title: string): Record<string, unknown> | undefined {
  return ofType(card, 'Action.ShowCard').find((action) => action['title'] === title);
}

describe('notice card', () => {
  it('shows the notice in Vietnamese with every field', () => {
    const text = visibleText(renderCard(noticeView()));
    for (const word of [
      'Thời gian: ',
      'Hình thức: ',
      'Địa điểm / điểm cầu',
      'Nội dung',
      'Tài liệu',
      'Chủ trì: ',
      'Thư ký: ',
      'Đại biểu',
    ]) {
      expect(text).toContain(word);
    }
    expect(text).toContain('THÔNG BÁO sinh hoạt chi bộ định kỳ tháng 9/2025');
    expect(text).toContain('14 giờ 00, ngày 05/9/2025 (thứ Sáu)');
    expect(text).toContain('Đề nghị các đồng chí tham dự đầy đủ, đúng giờ');
    expect(text).toContain('Phạm Minh Đức – Ủy viên Ban Thường vụ Đảng ủy Khối');
    expect(text).toContain('Đảng bộ Khối Doanh nghiệp thành phố');
  });

  it('marks the main venue and links the remote one', () => {
    const card = renderCard(noticeView());
    expect(visibleText(card)).toContain(' (điểm cầu chính)');
    const links = ofType(card, 'Action.OpenUrl').map((action) => action['url']);
    expect(links).toContain('https://teams.microsoft.com/l/meetup-join/abc');
  });

  it('numbers the agenda with presenters and links documents', () => {
    const card = renderCard(noticeView());
    const text = visibleText(card);
    expect(text).toContain('(1) ');
    expect(text).toContain('(3) ');
    expect(text).toContain(' – đồng chí Trần Thị Bình trình bày');
    const links = ofType(card, 'Action.OpenUrl').map((action) => action['url']);
    expect(links).toEqual(
      expect.arrayContaining([
        'https://docs.example.vn/bao-cao-thang-8.pdf',
        'https://docs.example.vn/du-thao-nq.docx',
      ]),
    );
  });

  it('shows the RSVP counts', () => {
    const facts = ofType(renderCard(noticeView()), 'FactSet').flatMap(
      (set) => set['facts'] as { title: string; value: string }[],
    );
    expect(facts).toEqual([
      { title: 'Tham dự', value: '30' },
      { title: 'Tham dự trực tuyến', value: '12' },
      { title: 'Xin vắng', value: '2' },
      { title: 'Chưa trả lời', value: '5' },
    ]);
  });

  it('offers the three answers: attend, online with a venue, excused with a required reason', () => {
    const card = renderCard(noticeView());
    expect(executeTitled(card, 'Tham dự')).toMatchObject({
      verb: 'rsvp.answer',
      data: { meetingId: 'meet-2025-09', answer: 'attend' },
      associatedInputs: 'none',
    });
    const online = showCardTitled(card, 'Tham dự trực tuyến');
    const venue = inputById(online, 'venue');
    expect(venue).toMatchObject({ type: 'Input.ChoiceSet', isRequired: true });
    expect((venue?.['choices'] as { value: string }[]).map((c) => c.value)).toEqual([
      'Hội trường tầng 3, trụ sở Công ty',
      'Phân xưởng Đông Anh',
    ]);
    expect(executeActions(online)).toEqual([
      expect.objectContaining({
        verb: 'rsvp.answer',
        data: { meetingId: 'meet-2025-09', answer: 'attend_online' },
        associatedInputs: 'auto',
      }),
    ]);
    const excused = showCardTitled(card, 'Xin vắng');
    expect(inputById(excused, 'reason')).toMatchObject({
      type: 'Input.Text',
      isRequired: true,
      errorMessage: 'Đề nghị đồng chí nêu rõ lý do vắng mặt.',
    });
    expect(executeActions(excused)).toEqual([
      expect.objectContaining({
        verb: 'rsvp.answer',
        data: { meetingId: 'meet-2025-09', answer: 'excused' },
        associatedInputs: 'auto',
      }),
    ]);
  });

  it('shows my answer and keeps the buttons to change it', () => {
    const card = renderCard(noticeView({ myAnswer: { answer: 'excused', reason: 'Đi công tác tại Hải Phòng' } }));
    expect(visibleText(card)).toContain('Đồng chí đã đăng ký: ');
    expect(visibleText(card)).toContain('Xin vắng – lý do: Đi công tác tại Hải Phòng');
    expect(buttonTitles(card)).toEqual(expect.arrayContaining(['Tham dự', 'Tham dự trực tuyến', 'Xin vắng']));
    expect(inputById(card, 'reason')?.['value']).toBe('Đi công tác tại Hải Phòng');
  });

  it('preselects my venue when I answered online', () => {
    const card = renderCard(noticeView({ myAnswer: { answer: 'attend_online', venue: 'Phân xưởng Đông Anh' } }));
    expect(visibleText(card)).toContain('Tham dự trực tuyến – điểm cầu Phân xưởng Đông Anh');
    expect(inputById(card, 'venue')?.['value']).toBe('Phân xưởng Đông Anh');
  });

  it('has no button and a clear line once cancelled', () => {
    const card = renderCard(noticeView({ cancelled: true, myAnswer: { answer: 'attend' } }));
    expect(card.actions).toBeUndefined();
    expect(buttonTitles(card)).toEqual([]);
    expect(visibleText(card)).toContain('Kỳ sinh hoạt này đã bị hủy.');
    expect(visibleText(card)).not.toContain('Đồng chí đã đăng ký');
  });

  it('has no RSVP button on a draft shown to the committee', () => {
    const card = renderCard(noticeView({ preview: true }));
    expect(buttonTitles(card)).toEqual([]);
    expect(visibleText(card)).toContain('Bản nháp: thông báo chưa được gửi tới chi bộ.');
  });

  it('shows warnings only when there are some', () => {
    expect(visibleText(renderCard(noticeView()))).not.toContain('Lưu ý');
    const text = visibleText(
      renderCard(noticeView({ warnings: ['Tài liệu "Báo cáo nhân sự" có đánh dấu MẬT: chỉ gửi đường dẫn.'] })),
    );
    expect(text).toContain('Lưu ý');
    expect(text).toContain('Tài liệu "Báo cáo nhân sự" có đánh dấu MẬT: chỉ gửi đường dẫn.');
  });

  it('offers no online attendance for a meeting held in one room with no link', () => {
    const card = renderCard(
      noticeView({ venues: [{ name: 'Hội trường tầng 3', main: true }], online: false, joinUrl: '' }),
    );
    expect(buttonTitles(card)).toEqual(['Tham dự', 'Xin vắng', 'Gửi lý do']);
  });

  it('still offers "Tham dự trực tuyến" for an online meeting with one venue', () => {
    const card = renderCard(
      noticeView({ venues: [{ name: 'Hội trường tầng 3', main: true }], online: true, joinUrl: '' }),
    );
    expect(buttonTitles(card)).toEqual(['Tham dự', 'Tham dự trực tuyến', 'Xác nhận', 'Xin vắng', 'Gửi lý do']);
    expect(inputById(card, 'venue')).toMatchObject({ value: 'Hội trường tầng 3' });
  });

  it('opens the online room from a "Vào phòng họp trực tuyến" button, never on a cancelled meeting', () => {
    const joinUrl = 'https://teams.microsoft.com/l/meetup-join/abc';
    const actions = (card: ReturnType<typeof renderCard>) =>
      (card.actions ?? []) as { type?: string; title?: string; url?: string }[];
    const open = actions(renderCard(noticeView({ joinUrl }))).filter((a) => a.type === 'Action.OpenUrl');
    expect(open).toEqual([{ type: 'Action.OpenUrl', title: 'Vào phòng họp trực tuyến', url: joinUrl }]);
    expect(actions(renderCard(noticeView({ joinUrl, cancelled: true }))).some((a) => a.type === 'Action.OpenUrl')).toBe(
      false,
    );
    expect(actions(renderCard(noticeView({ joinUrl: '' }))).some((a) => a.type === 'Action.OpenUrl')).toBe(false);
    expect(JSON.stringify(renderCard(noticeView({ joinUrl: 'javascript:alert(1)' })))).not.toContain('javascript:');
  });

  it('counts exempt members who will attend, and says how many of those attending they are', () => {
    const counts = { attend: 31, attendOnline: 12, excused: 2, noAnswer: 5, exemptAttending: 1 };
    const text = visibleText(renderCard(noticeView({ counts })));
    expect(text).toContain('Tham dự\n31');
    expect(text).toContain('Trong đó đảng viên miễn sinh hoạt sẽ tham dự\n1');
    expect(visibleText(renderCard(noticeView()))).not.toContain('miễn sinh hoạt');
  });

  it('answers online directly when no venue is set yet', () => {
    const card = renderCard(noticeView({ venues: [] }));
    expect(executeTitled(card, 'Tham dự trực tuyến')).toMatchObject({
      data: { answer: 'attend_online' },
      associatedInputs: 'none',
    });
    expect(inputById(card, 'venue')).toBeUndefined();
  });

  it('never links a non-http address', () => {
    const card = renderCard(
      noticeView({ documents: [{ title: 'Tài liệu lạ', url: 'javascript:alert(1)' }], venues: [] }),
    );
    expect(visibleText(card)).toContain('Tài liệu lạ');
    expect(JSON.stringify(card)).not.toContain('javascript:');
  });

  it('speaks English when the view asks for it', () => {
    const card = renderCard(noticeView({ locale: 'en', myAnswer: { answer: 'attend' } }));
    expect(buttonTitles(card)).toEqual(expect.arrayContaining(['Attend', 'Attend online', 'Request absence']));
    const text = visibleText(card);
    for (const word of [
      'Time: ',
      'Form: ',
      'Venue / sites',
      'Agenda',
      'Documents',
      'Chair: ',
      'Minute-taker: ',
      'Guests',
      'Your answer: ',
    ]) {
      expect(text).toContain(word);
    }
    expect(text).not.toContain('Tham dự trực tuyến');
  });
});
