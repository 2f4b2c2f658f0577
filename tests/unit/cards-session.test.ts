/** Roll call, meeting form and summary cards. */
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
import { meetingFormView, rollCallView, summaryView } from '../support/view-fixtures';

describe('roll-call card', () => {
  it('shows the summary, a per-status table and the quorum line', () => {
    const card = renderCard(rollCallView());
    const text = visibleText(card);
    expect(text).toContain('Tổng số đảng viên: 72 (chính thức 49, dự bị 23). Có mặt: 70.');
    expect(text).toContain('Đủ điều kiện tiến hành sinh hoạt');
    const [table] = ofType(card, 'Table');
    expect(table?.['rows']).toHaveLength(3);
    expect(visibleText(table)).toBe(
      ['Đối tượng', 'Tổng số', 'Có mặt', 'Chính thức', '49', '48', 'Dự bị', '23', '22'].join('\n'),
    );
  });

  it('names late arrivals and members recorded on their behalf, and shows nothing for them when there are none', () => {
    const notes = [
      'Đến muộn: 1 đồng chí (Lê Văn Cường).',
      'Ghi nhận hộ (không có thiết bị): 2 đồng chí (Phạm Thị Dung, Hoàng Văn Em).',
    ];
    const card = renderCard(rollCallView({ notes }));
    for (const note of notes) expect(visibleText(card)).toContain(note);
    expect(schemaErrors(card)).toEqual([]);
    expect(parserIssues(card)).toEqual([]);
    expect(visibleText(renderCard(rollCallView()))).not.toContain('Đến muộn');
  });

  it('offers "Có mặt" with a venue choice while open', () => {
    const card = renderCard(
      rollCallView({ personal: true, myPresence: { presence: 'present', venue: 'Phân xưởng Đông Anh' } }),
    );
    expect(executeActions(card)).toEqual([
      {
        title: 'Có mặt',
        verb: 'rollcall.checkin',
        data: { meetingId: 'meet-2025-09' },
        associatedInputs: 'auto',
        style: 'positive',
      },
    ]);
    expect(inputById(card, 'venue')).toMatchObject({ type: 'Input.ChoiceSet', value: 'Phân xưởng Đông Anh' });
    expect(visibleText(card)).toContain('Đồng chí đã điểm danh: ');
    expect(visibleText(card)).toContain('Có mặt – điểm cầu Phân xưởng Đông Anh');
  });

  it('preselects, for one member, the venue they gave in their answer to the notice', () => {
    const card = renderCard(rollCallView({ personal: true, myRsvpVenue: 'Phân xưởng Đông Anh' }));
    expect(inputById(card, 'venue')).toMatchObject({
      type: 'Input.ChoiceSet',
      value: 'Phân xưởng Đông Anh',
      isRequired: true,
    });
    // Their check-in, once made, wins over the answer; a member who gave no venue gets the main venue.
    const moved = renderCard(
      rollCallView({
        personal: true,
        myRsvpVenue: 'Phân xưởng Đông Anh',
        myPresence: { presence: 'present', venue: 'Hội trường tầng 3' },
      }),
    );
    expect(inputById(moved, 'venue')).toMatchObject({ value: 'Hội trường tầng 3' });
    expect(inputById(renderCard(rollCallView({ personal: true })), 'venue')).toMatchObject({
      value: 'Hội trường tầng 3',
    });
  });

  it('preselects no venue on the card shared by everyone (the check-in takes each member their own)', () => {
    const input = inputById(renderCard(rollCallView()), 'venue');
    expect(input).toMatchObject({ type: 'Input.ChoiceSet', placeholder: 'Điểm cầu đồng chí đã đăng ký' });
    expect(input).not.toHaveProperty('value');
    expect(input).not.toHaveProperty('isRequired');
    // With one venue there is nothing to choose: it is preselected for everyone.
    expect(inputById(renderCard(rollCallView({ venues: ['Hội trường tầng 3'] })), 'venue')).toMatchObject({
      value: 'Hội trường tầng 3',
      isRequired: true,
    });
  });

  it('checks in without inputs when the meeting has no venue list', () => {
    const card = renderCard(rollCallView({ venues: [] }));
    expect(inputById(card, 'venue')).toBeUndefined();
    expect(executeActions(card)[0]?.associatedInputs).toBe('none');
  });

  it('has no button once closed, and shows warnings', () => {
    const card = renderCard(rollCallView({ open: false, warnings: ['Tỷ lệ có mặt dưới 85%.'] }));
    expect(buttonTitles(card)).toEqual([]);
    expect(inputById(card, 'venue')).toBeUndefined();
    expect(visibleText(card)).toContain('Điểm danh đã kết thúc.');
    expect(visibleText(card)).toContain('Tỷ lệ có mặt dưới 85%.');
  });
});

describe('meeting form card', () => {
  it('has every input with its stable id', () => {
    const card = renderCard(meetingFormView());
    const expected: [string, string][] = [
      ['date', 'Input.Date'],
      ['time', 'Input.Time'],
      ['kind', 'Input.ChoiceSet'],
      ['form', 'Input.ChoiceSet'],
      ['venues', 'Input.Text'],
      ['joinUrl', 'Input.Text'],
      ['agenda', 'Input.Text'],
      ['documents', 'Input.Text'],
      ['guests', 'Input.Text'],
      ['chairMemberId', 'Input.ChoiceSet'],
      ['minuteTakerMemberId', 'Input.ChoiceSet'],
    ];
    for (const [id, type] of expected) expect(inputById(card, id)?.['type']).toBe(type);
    expect(inputById(card, 'date')?.['value']).toBe('2025-09-05');
    expect(inputById(card, 'time')?.['value']).toBe('14:00');
    expect(inputById(card, 'form')?.['value']).toBe('mixed');
    expect(inputById(card, 'kind')?.['value']).toBe('regular');
    expect(inputById(card, 'agenda')?.['isMultiline']).toBe(true);
    const chair = inputById(card, 'chairMemberId')?.['choices'] as { title: string; value: string }[];
    expect(chair[0]).toEqual({ title: 'Nguyễn Văn An', value: 'mem-001' });
  });

  it('submits with meeting.create, gathering the inputs and sending back the form key', () => {
    expect(executeActions(renderCard(meetingFormView({ formKey: 'form-0a1b2c3d' })))).toEqual([
      {
        title: 'Tạo kỳ sinh hoạt',
        verb: 'meeting.create',
        data: { formKey: 'form-0a1b2c3d' },
        associatedInputs: 'auto',
        style: 'positive',
      },
    ]);
  });

  it('lists errors in red at the top and keeps what was entered', () => {
    const card = renderCard(
      meetingFormView({
        errors: ['Cần ít nhất một nội dung trong chương trình.'],
        defaults: {
          date: '2025-10-03',
          time: '08:00',
          form: 'online',
          kind: 'thematic',
          venues: 'Phòng họp trực tuyến',
          chairMemberId: 'mem-002',
        },
      }),
    );
    const [errors] = card.body;
    expect(errors).toMatchObject({ type: 'Container', style: 'attention' });
    expect(visibleText(errors)).toContain('Cần ít nhất một nội dung trong chương trình.');
    expect(inputById(card, 'kind')?.['value']).toBe('thematic');
    expect(inputById(card, 'venues')?.['value']).toBe('Phòng họp trực tuyến');
    expect(inputById(card, 'chairMemberId')?.['value']).toBe('mem-002');
  });

  it('speaks English when asked', () => {
    const text = visibleText(renderCard(meetingFormView({ locale: 'en' })));
    expect(text).toContain('Start time');
    expect(text).toContain('Online and in person');
    expect(text).not.toContain('Ngày sinh hoạt');
  });
});

describe('summary card', () => {
  it('shows sections, motions with a badge and flags in attention colour', () => {
    const card = renderCard(
      summaryView({
        flags: ['Có 1 đảng viên vắng không lý do.'],
        motions: [
          { title: 'Nghị quyết tháng 9/2025', lines: ['49/49 tán thành (100%).'], passed: true },
          { title: 'Kết nạp quần chúng Lê Văn Hòa', lines: [], passed: false },
          { title: 'Công nhận chính thức', lines: [], passed: null },
        ],
      }),
    );
    const text = visibleText(card);
    expect(text).toContain('Điểm danh');
    expect(text).toContain('Vắng có lý do: 2');
    const badges = ofType(card, 'TextBlock').filter(
      (block) => block['color'] === 'good' || block['color'] === 'attention' || block['color'] === 'default',
    );
    expect(badges.map((badge) => [badge['text'], badge['color']])).toEqual(
      expect.arrayContaining([
        ['Được thông qua', 'good'],
        ['Không được thông qua', 'attention'],
        ['Chưa có kết quả', 'default'],
      ]),
    );
    const flag = ofType(card, 'TextRun').find((run) => run['text'] === 'Có 1 đảng viên vắng không lý do.');
    expect(flag?.['color']).toBe('attention');
    expect(executeActions(card)).toEqual([]);
  });
});
