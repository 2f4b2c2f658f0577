/** The secretary's setup cards: the cell's settings form and the roster pages. */
import { renderCard } from '../../src/cards/render';
import { REMINDER_OFFSETS, SETUP_ROSTER_MAX_LINES } from '../../src/cards/data/setup';
import { REMINDER_CHOICES } from '../../src/features/setup/setup-form';
import { cardBytes, executeActions, inputById, objectsOf, visibleText } from '../support/card-checks';
import { setupFormView, setupRosterEntries, setupRosterView } from '../support/view-fixtures';

describe('setup form card', () => {
  it('has the inputs the setup feature reads, filled with the current values', () => {
    const card = renderCard(setupFormView());
    expect(inputById(card, 'cellName')).toMatchObject({
      type: 'Input.Text',
      isRequired: true,
      value: 'Chi bộ Công ty Cổ phần Cơ khí Sông Hồng',
    });
    expect(inputById(card, 'parentOrganisation')?.['value']).toBe('Đảng bộ Khối Doanh nghiệp thành phố');
    expect(inputById(card, 'meetingDay')).toMatchObject({ type: 'Input.ChoiceSet', value: '5' });
    expect(inputById(card, 'meetingTime')).toMatchObject({ type: 'Input.Time', value: '14:00' });
    expect(inputById(card, 'locality')).toMatchObject({ type: 'Input.Text', value: 'Hà Nội', maxLength: 100 });
    expect(inputById(card, 'timezone')).toMatchObject({
      type: 'Input.ChoiceSet',
      style: 'compact',
      value: 'Asia/Ho_Chi_Minh',
    });
    expect(inputById(card, 'quorum')).toMatchObject({ type: 'Input.ChoiceSet', value: '2/3' });
    expect(inputById(card, 'excusedInDenominator')).toMatchObject({ type: 'Input.ChoiceSet', value: 'true' });
    expect(inputById(card, 'attachedInMayVote')).toMatchObject({ type: 'Input.ChoiceSet', value: 'false' });
    expect(inputById(card, 'reminders')).toMatchObject({
      type: 'Input.ChoiceSet',
      isMultiSelect: true,
      value: '10080,1440,120',
    });
    expect(inputById(card, 'approvalRef')?.['type']).toBe('Input.Text');
    expect(inputById(card, 'approvalDate')?.['type']).toBe('Input.Date');
    expect(executeActions(card)).toEqual([
      { title: 'Lưu thiết lập', verb: 'setup.save', data: {}, associatedInputs: 'auto', style: 'positive' },
    ]);
    // Every choice list included, the form stays far under Teams' ~28 KB.
    expect(cardBytes(card)).toBeLessThan(12 * 1024);
  });

  it('offers the reminder offsets the setup feature accepts, in words', () => {
    expect([...REMINDER_OFFSETS]).toEqual([...REMINDER_CHOICES]);
    const choices = inputById(renderCard(setupFormView()), 'reminders')?.['choices'] as { title: string }[];
    expect(choices.map((c) => c.title)).toEqual([
      'Trước 7 ngày',
      'Trước 3 ngày',
      'Trước 1 ngày',
      'Trước 2 giờ',
      'Trước 30 phút',
    ]);
    const en = inputById(renderCard(setupFormView({ locale: 'en' })), 'reminders')?.['choices'] as { title: string }[];
    expect(en.map((c) => c.title)).toEqual([
      '7 days before',
      '3 days before',
      '1 day before',
      '2 hours before',
      '30 minutes before',
    ]);
  });

  it('offers timezones by name, Viet Nam first, never a zone id to type', () => {
    const titles = (view: ReturnType<typeof setupFormView>, id: string) =>
      inputById(renderCard(view), id)?.['choices'] as { title: string; value: string }[];
    const zones = titles(setupFormView(), 'timezone');
    expect(zones[0]).toEqual({ title: 'Giờ Việt Nam (UTC+7)', value: 'Asia/Ho_Chi_Minh' });
    expect(zones.every((z) => !z.title.includes('/'))).toBe(true);
    expect(titles(setupFormView({ locale: 'en' }), 'timezone')[0]?.title).toBe('Viet Nam time (UTC+7)');
    // A value set elsewhere (CLI, "nhắc lịch") is offered too, so saving the form keeps it.
    const odd = setupFormView({ values: { ...setupFormView().values, quorum: '5/8', reminders: '10080,60' } });
    expect(titles(odd, 'quorum').at(-1)).toEqual({ title: '5/8 số đảng viên chính thức', value: '5/8' });
    expect(titles(odd, 'reminders').map((c) => c.value)).toContain('60');
    expect(titles(setupFormView(), 'quorum').map((c) => c.title)).toContain('2/3 số đảng viên chính thức (mặc định)');
  });

  it('lists errors at the top', () => {
    const card = renderCard(setupFormView({ errors: ['Chưa hợp lệ: Tên chi bộ'] }));
    expect(card.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(visibleText(card.body[0])).toContain('Chưa hợp lệ: Tên chi bộ');
  });
});

describe('roster setup card', () => {
  it('gives each line its status, role and party group inputs keyed by the entry', () => {
    const card = renderCard(setupRosterView());
    expect(inputById(card, 'status.mem-001')).toMatchObject({ type: 'Input.ChoiceSet', value: 'official' });
    expect(inputById(card, 'role.mem-001')).toMatchObject({ type: 'Input.ChoiceSet', value: 'secretary' });
    expect(inputById(card, 'group.mem-001')).toMatchObject({ type: 'Input.Text', value: 'Tổ đảng số 1' });
    const newcomer = inputById(card, 'status.new.29:1aBcDeFgHiJkLmNoPqRsTuVwXyZ3');
    expect(newcomer).toMatchObject({ value: '', placeholder: 'Chọn để thêm vào danh sách' });
    const statuses = (newcomer?.['choices'] as { title: string; value: string }[]).map((c) => c.title);
    expect(statuses).toEqual([
      'Chính thức',
      'Dự bị',
      'Miễn công tác và sinh hoạt đảng',
      'Sinh hoạt tạm thời đến',
      'Sinh hoạt tạm thời đi',
      'Đình chỉ sinh hoạt',
    ]);
    expect(visibleText(card)).toContain('Chưa có trong danh sách – dv@example.vn');
  });

  it('saves the page with its inputs and pages without them', () => {
    const card = renderCard(setupRosterView());
    expect(executeActions(card)).toEqual([
      {
        title: 'Lưu trang này',
        verb: 'setup.roster.save',
        data: { page: '2' },
        associatedInputs: 'auto',
        style: 'positive',
      },
      { title: 'Trang trước', verb: 'setup.roster', data: { page: '1' }, associatedInputs: 'none', style: undefined },
      { title: 'Trang sau', verb: 'setup.roster', data: { page: '3' }, associatedInputs: 'none', style: undefined },
    ]);
    expect(visibleText(card)).toContain('Trang 2/4');
    const single = renderCard(setupRosterView({ page: 1, pageCount: 1 }));
    expect(executeActions(single).map((a) => a.title)).toEqual(['Lưu trang này']);
    expect(visibleText(single)).not.toContain('Trang 1/1');
  });

  it('keeps a full page well under the Teams card limit', () => {
    const card = renderCard(setupRosterView({ entries: setupRosterEntries(SETUP_ROSTER_MAX_LINES) }));
    expect(objectsOf(card).filter((o) => o['type'] === 'Input.Text')).toHaveLength(SETUP_ROSTER_MAX_LINES);
    expect(cardBytes(card)).toBeLessThan(28 * 1024 * 0.75);
  });
});
