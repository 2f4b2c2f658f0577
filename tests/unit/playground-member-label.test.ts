import { memberOptionLabel, STRINGS } from '../../web/playground/i18n';

describe('the playground\'s "Tôi là" list', () => {
  const members = [
    { fullName: 'Nguyễn Văn Hùng', status: 'official', role: 'secretary' },
    { fullName: 'Trần Thị Mai', status: 'official', role: 'deputy_secretary' },
    { fullName: 'Trần Thị Mai', status: 'probationary', role: 'member' },
  ];
  it('shows the name alone, and status and role only where two members share a name', () => {
    expect(members.map((m) => memberOptionLabel(STRINGS.vi, m, members))).toEqual([
      'Nguyễn Văn Hùng',
      'Trần Thị Mai — chính thức · Phó Bí thư',
      'Trần Thị Mai — dự bị · Đảng viên',
    ]);
  });
});
