import { parseMeetingForm } from '../../src/features/meetings/meeting-form-input';

const form = {
  date: '2025-09-05',
  time: '14:00',
  form: 'in_person',
  kind: 'regular',
  venues: 'Hội trường',
  agenda: 'Nghị quyết tháng 9',
};

describe('the new-meeting form: problems in the member language', () => {
  it('accepts a complete form', () => {
    expect(parseMeetingForm(form, 'vi')).toMatchObject({
      ok: true,
      plan: { date: '2025-09-05', venues: [{ name: 'Hội trường', main: true }] },
    });
  });

  it('names bad fields as the form labels them, never by their ids', () => {
    expect(parseMeetingForm({ ...form, date: '5/9/2025', time: '25:00' }, 'vi')).toEqual({
      ok: false,
      errors: ['Chưa hợp lệ: Ngày sinh hoạt (YYYY-MM-DD)', 'Chưa hợp lệ: Giờ bắt đầu (HH:mm)'],
    });
    expect(parseMeetingForm({ ...form, date: '' }, 'en')).toEqual({
      ok: false,
      errors: ['Not valid: Meeting date (YYYY-MM-DD)'],
    });
  });

  it('says what is missing in Vietnamese or English', () => {
    const mixed = { ...form, form: 'mixed', agenda: '', documents: 'Dự thảo nghị quyết' };
    expect(parseMeetingForm(mixed, 'vi')).toEqual({
      ok: false,
      errors: [
        'Tài liệu "Dự thảo nghị quyết": cần dạng "Tên tài liệu | https://…"',
        'Cần ít nhất một nội dung trong chương trình.',
        'Hình thức trực tuyến kết hợp trực tiếp cần điểm cầu chính và ít nhất một điểm cầu thành phần.',
      ],
    });
    expect(parseMeetingForm({ ...mixed, documents: '' }, 'en')).toEqual({
      ok: false,
      errors: [
        'The agenda needs at least one item.',
        'An online and in-person meeting needs a main venue and at least one remote venue.',
      ],
    });
  });
});
