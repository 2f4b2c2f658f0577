import ExcelJS from 'exceljs';
import {
  formatIssue,
  formatWarning,
  parseRosterCsv,
  parseRosterXlsx,
  planImport,
  rosterFormatOf,
  type ExistingMember,
  type RosterIssue,
} from '../../src/features/roster-import';

const csv = (...lines: string[]): string => lines.join('\n') + '\n';
const codes = (issues: readonly RosterIssue[]) => issues.map((i) => [i.line, i.code]);

describe('parseRosterCsv: headers and formats', () => {
  it('reads Vietnamese headers with diacritics, comma separated', () => {
    const result = parseRosterCsv(
      csv(
        'STT,Họ và tên,Trạng thái,Tổ đảng,Chức vụ,Điện thoại,Email,Ngày vào Đảng,Ngày chính thức',
        '1,Nguyễn Văn An,Chính thức,Tổ 1,Bí thư,0912 345 678,An@Example.vn,03/02/2010,03/02/2011',
        '2,Trần Thị Bình,Dự bị,Tổ 2,,,,2024-06-15,',
      ),
    );
    expect(result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.fields).toEqual([
      'fullName',
      'status',
      'partyGroup',
      'role',
      'phone',
      'email',
      'joinedAt',
      'officialAt',
    ]);
    expect(result.rows).toEqual([
      {
        line: 2,
        fullName: 'Nguyễn Văn An',
        status: 'official',
        role: 'secretary',
        partyGroup: 'Tổ 1',
        phone: '0912345678',
        email: 'an@example.vn',
        joinedAt: new Date('2010-02-03T00:00:00Z'),
        officialAt: new Date('2011-02-03T00:00:00Z'),
      },
      {
        line: 3,
        fullName: 'Trần Thị Bình',
        status: 'probationary',
        role: 'member',
        partyGroup: 'Tổ 2',
        phone: null,
        email: null,
        joinedAt: new Date('2024-06-15T00:00:00Z'),
        officialAt: null,
      },
    ]);
  });

  it('reads headers without diacritics, semicolons and a UTF-8 BOM', () => {
    const text =
      '\uFEFF' +
      csv(
        'Ho ten;Tinh trang;To dang;Vai tro;SDT;Thu dien tu',
        'Lê Văn Cường;chinh thuc;To 3;chi uy vien;0987654321;cuong@example.vn',
      );
    const result = parseRosterCsv(Buffer.from(text, 'utf8'));
    expect(result.issues).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      line: 2,
      fullName: 'Lê Văn Cường',
      status: 'official',
      role: 'committee',
      partyGroup: 'To 3',
    });
  });

  it('reads English headers, CRLF line ends, and statuses like "SHT đến" and "miễn"', () => {
    const text = [
      'Full name,Status,Group,Role,Phone,Email',
      'Pham Duc,SHT đến,,,,',
      'Vo Lan,miễn,,member,,',
      'Do Minh,attached_out,,,,',
    ].join('\r\n');
    const result = parseRosterCsv(text);
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => [r.line, r.status])).toEqual([
      [2, 'attached_in'],
      [3, 'exempt'],
      [4, 'attached_out'],
    ]);
  });

  it('skips a title block, ignores the STT column and warns about unknown columns', () => {
    const result = parseRosterCsv(
      csv(
        'DANH SÁCH ĐẢNG VIÊN CHI BỘ PHÒNG KỸ THUẬT,,,',
        ',,,',
        'STT,Họ và tên,Loại đảng viên,Ghi chú',
        '1,Nguyễn Văn An,Chính thức,chuyển đến 2023',
      ),
    );
    expect(result.issues).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.line).toBe(4);
    expect(result.warnings).toEqual([
      { line: 3, code: 'header.skipped_rows', count: 1 },
      { line: 3, code: 'header.unknown_column', value: 'Ghi chú' },
    ]);
    expect(formatWarning(result.warnings[1]!, 'csv', 'vi')).toBe('Dòng 3: cột không xác định "Ghi chú" (bỏ qua)');
  });

  it('finds the separator below a title line', () => {
    const result = parseRosterCsv(
      csv('DANH SÁCH ĐẢNG VIÊN (tháng 9, 2025)', 'Ho va ten;Trang thai;Email', 'An;chinh thuc;a@b.vn'),
    );
    expect(result.issues).toEqual([]);
    expect(result.rows[0]).toMatchObject({ line: 3, fullName: 'An', status: 'official' });
  });

  it('counts file lines across blank lines and quoted multi-line cells', () => {
    const text = csv(
      'Họ và tên,Trạng thái,Tổ đảng',
      '"Nguyễn Văn An",chính thức,"Tổ 1',
      '(kỹ thuật)"',
      '',
      'Trần Bình,xyz,',
    );
    const result = parseRosterCsv(text);
    expect(codes(result.issues)).toEqual([[5, 'row.unknown_status']]);
  });

  it('maps file names to formats', () => {
    expect(rosterFormatOf('ds.CSV')).toBe('csv');
    expect(rosterFormatOf('/tmp/ds.xlsx')).toBe('xlsx');
    expect(rosterFormatOf('ds.xls')).toBeNull();
  });
});

describe('parseRosterCsv: every error with its line', () => {
  const header = 'Họ và tên,Trạng thái,Chức vụ,Điện thoại,Email,Ngày vào Đảng,Ngày chính thức';

  it('reports each bad row and keeps no row when any is bad', () => {
    const result = parseRosterCsv(
      csv(
        header,
        'Nguyễn Văn An,chính thức,Bí thư,,an@example.vn,,', // 2 ok
        ',chính thức,,,,,', // 3 missing name
        'Trần Bình,xyz,,,,,', // 4 unknown status
        'Lê Cường,,,,,,', // 5 missing status
        'Phạm Dũng,dự bị,,,not-an-email,,', // 6 bad email
        'Võ Em,chính thức,,12ab,,,', // 7 bad phone
        'Đỗ Giang,chính thức,,,,31/02/2020,', // 8 bad date
        'Hồ Hà,chính thức,,,,01/01/2020,01/01/2019', // 9 official before joined
        'Ngô Ích,chính thức,trưởng phòng,,,,', // 10 unknown role
        'Nguyễn Văn Bảy,chính thức,,,AN@example.vn,,', // 11 duplicate email of 2
        'nguyen van an,chính thức,,,,,', // 12 duplicate name of 2
        'Bùi Khoa,chính thức,bi thu,,,,', // 13 second secretary
      ),
    );
    expect(codes(result.issues)).toEqual([
      [3, 'row.missing_name'],
      [4, 'row.unknown_status'],
      [5, 'row.missing_status'],
      [6, 'row.bad_email'],
      [7, 'row.bad_phone'],
      [8, 'row.bad_date'],
      [9, 'row.official_before_joined'],
      [10, 'row.unknown_role'],
      [11, 'row.duplicate'],
      [12, 'row.duplicate'],
      [13, 'row.second_secretary'],
    ]);
    const text = result.issues.map((issue) => formatIssue(issue, 'csv', 'en'));
    expect(text).toContain('Line 4: unknown status "xyz"');
    expect(text).toContain('Line 6: bad email "not-an-email"');
    expect(text).toContain('Line 11: duplicate of line 2 (an@example.vn)');
    expect(text).toContain('Line 12: duplicate of line 2 (nguyen van an)');
    expect(formatIssue(result.issues[0]!, 'csv', 'vi')).toBe('Dòng 3: thiếu họ và tên');
    expect(formatIssue(result.issues[1]!, 'csv', 'vi')).toBe('Dòng 4: trạng thái không hợp lệ "xyz"');
    expect(result.rows.map((r) => r.line)).toEqual([2]);
  });

  it('allows two members with one name when both carry distinct emails', () => {
    const result = parseRosterCsv(
      csv(header, 'Nguyễn Văn Hùng,chính thức,,,hung1@example.vn,,', 'Nguyễn Văn Hùng,dự bị,,,hung2@example.vn,,'),
    );
    expect(result.issues).toEqual([]);
  });

  it('reports a missing name or status column, and an empty file', () => {
    expect(codes(parseRosterCsv(csv('Email,Trạng thái', 'a@b.vn,chính thức')).issues)).toEqual([
      [1, 'header.missing_column'],
    ]);
    const noStatus = parseRosterCsv(csv('Họ tên,Email', 'An,a@b.vn'));
    expect(formatIssue(noStatus.issues[0]!, 'csv', 'vi')).toBe('Dòng 1: không tìm thấy cột "trạng thái"');
    expect(codes(parseRosterCsv('').issues)).toEqual([[1, 'file.empty']]);
    expect(codes(parseRosterCsv(csv('Họ tên,Trạng thái')).issues)).toEqual([[1, 'file.empty']]);
  });

  it('reports broken quoting and bytes that are not UTF-8', () => {
    expect(codes(parseRosterCsv(csv('Họ tên,Trạng thái', '"An,chính thức')).issues)).toEqual([[2, 'file.unreadable']]);
    expect(codes(parseRosterCsv(Buffer.from([0x48, 0x6f, 0xe0, 0x20, 0x2c])).issues)).toEqual([[1, 'file.unreadable']]);
  });
});

async function workbook(rows: readonly (readonly ExcelJS.CellValue[])[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  rows.forEach((row) => sheet.addRow([...row]));
  book.addWorksheet('Khác').addRow(['Họ và tên', 'Trạng thái']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('parseRosterXlsx', () => {
  it('reads the first sheet: numbers, dates, links, and sheet row numbers', async () => {
    const content = await workbook([
      ['DANH SÁCH ĐẢNG VIÊN'],
      [],
      ['STT', 'Họ và tên', 'Trạng thái', 'Tổ đảng', 'Chức vụ', 'SĐT', 'Email', 'Ngày vào Đảng'],
      [
        1,
        'Nguyễn Văn An',
        'Chính thức',
        'Tổ 1',
        'Bí thư',
        912345678,
        { text: 'an@example.vn', hyperlink: 'mailto:an@example.vn' },
        new Date(Date.UTC(2010, 1, 3)),
      ],
      [2, { richText: [{ text: 'Trần ' }, { text: 'Thị Bình' }] }, 'dự bị', 'Tổ 2', null, null, null, '15/06/2024'],
    ]);
    const result = await parseRosterXlsx(content);
    expect(result.source).toBe('xlsx');
    expect(result.issues).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      line: 4,
      phone: '0912345678',
      email: 'an@example.vn',
      role: 'secretary',
      joinedAt: new Date('2010-02-03T00:00:00Z'),
    });
    expect(result.rows[1]).toMatchObject({ line: 5, fullName: 'Trần Thị Bình', status: 'probationary' });
  });

  it('reports errors by sheet row', async () => {
    const content = await workbook([
      ['Full name', 'Status', 'Email'],
      ['An', 'official', 'a@b.vn'],
      [null, 'official', null],
      ['Bình', 'xyz', 'A@B.vn'],
    ]);
    const result = await parseRosterXlsx(content);
    expect(codes(result.issues)).toEqual([
      [3, 'row.missing_name'],
      [4, 'row.unknown_status'],
    ]);
    expect(formatIssue(result.issues[1]!, 'xlsx', 'vi')).toBe('Hàng 4: trạng thái không hợp lệ "xyz"');
  });

  it('refuses a file that is not a workbook', async () => {
    expect(codes((await parseRosterXlsx(Buffer.from('not a zip'))).issues)).toEqual([[1, 'file.unreadable']]);
  });
});

describe('planImport', () => {
  const member = (overrides: Partial<ExistingMember>): ExistingMember => ({
    id: 'm1',
    fullName: 'Nguyễn Văn An',
    status: 'probationary',
    role: 'member',
    partyGroup: null,
    phone: null,
    email: null,
    joinedAt: null,
    officialAt: null,
    ...overrides,
  });
  const parsed = parseRosterCsv(
    csv('Họ tên,Trạng thái,Chức vụ,Email', 'nguyễn văn  an,Chính thức,,', 'Trần Bình,dự bị,Bí thư,binh@example.vn'),
  );

  it('matches by email, else by folded name, and updates only what changed', () => {
    const plan = planImport(
      [
        member({}),
        member({
          id: 'm2',
          fullName: 'Trần Văn Bình',
          email: 'binh@example.vn',
          status: 'probationary',
          role: 'secretary',
        }),
      ],
      parsed,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.changes).toEqual([
      { kind: 'update', line: 2, memberId: 'm1', data: { fullName: 'nguyễn văn an', status: 'official' } },
      { kind: 'update', line: 3, memberId: 'm2', data: { fullName: 'Trần Bình' } },
    ]);
  });

  it('refuses a second secretary against the stored roster, and ambiguous names', () => {
    const existing = [
      member({ id: 's', fullName: 'Lê Cường', role: 'secretary' }),
      member({ id: 'a1' }),
      member({ id: 'a2', email: 'x@example.vn' }),
    ];
    const plan = planImport(existing, parsed);
    expect(codes(plan.issues)).toEqual([
      [2, 'row.ambiguous_match'],
      [3, 'row.second_secretary'],
    ]);
    expect(formatIssue(plan.issues[1]!, 'csv', 'vi')).toBe(
      'Dòng 3: chi bộ chỉ có một Bí thư; đã có đồng chí Lê Cường trong danh sách hiện có',
    );
  });
});

describe('parseRosterCsv: values read strictly', () => {
  const header = 'Họ và tên,Trạng thái,Chức vụ';

  it('accepts exact values (any case, either tone placement) and values with no diacritics at all', () => {
    const result = parseRosterCsv(
      csv(
        header,
        'Nguyễn An,Chính thức,Bí thư',
        'Trần Bình,CHINH THUC,Chi uỷ viên',
        'Lê Cường,dự bị,chi ủy viên',
        'Phạm Dũng,du bi,Pho bi thu',
        'Võ Em,SHT đến,',
        'Đỗ Giang,sinh_hoat_tam_thoi_di,dang vien',
      ),
    );
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => [r.status, r.role])).toEqual([
      ['official', 'secretary'],
      ['official', 'committee'],
      ['probationary', 'committee'],
      ['probationary', 'deputy_secretary'],
      ['attached_in', 'member'],
      ['attached_out', 'member'],
    ]);
  });

  it('refuses diacritics that spell no status or role, with the line and a suggestion, and keeps no row', () => {
    const result = parseRosterCsv(
      csv(
        header,
        'Nguyễn An,Chính thức,Bí thư',
        'Trần Bình,Chính thưc,',
        'Lê Cường,Chính thuc,',
        'Phạm Dũng,dự bị,Phó bí thu',
        'Võ Em,đình chi,',
      ),
    );
    expect(result.issues).toEqual([
      { line: 3, code: 'row.unknown_status', value: 'Chính thưc', suggestion: 'Chính thức' },
      { line: 4, code: 'row.unknown_status', value: 'Chính thuc', suggestion: 'Chính thức' },
      { line: 5, code: 'row.unknown_role', value: 'Phó bí thu', suggestion: 'Phó Bí thư' },
      { line: 6, code: 'row.unknown_status', value: 'đình chi', suggestion: 'đình chỉ' },
    ]);
    expect(result.rows).toHaveLength(1);
    expect(formatIssue(result.issues[0]!, 'csv', 'vi')).toBe(
      'Dòng 3: trạng thái không hợp lệ "Chính thưc" – có phải "Chính thức"?',
    );
    expect(formatIssue(result.issues[0]!, 'csv', 'en')).toBe(
      'Line 3: unknown status "Chính thưc" – did you mean "Chính thức"?',
    );
  });

  it('refuses a header whose diacritics spell no column, and reads one written without any', () => {
    const bad = parseRosterCsv(csv('Họ và tên,Trạng thải,Chức vu', 'Nguyễn An,Chính thức,'));
    expect(bad.issues).toEqual([
      { line: 1, code: 'header.misspelled_column', value: 'Trạng thải', suggestion: 'Trạng thái' },
      { line: 1, code: 'header.misspelled_column', value: 'Chức vu', suggestion: 'Chức vụ' },
    ]);
    expect(formatIssue(bad.issues[0]!, 'csv', 'vi')).toBe(
      'Dòng 1: tên cột "Trạng thải" không rõ – có phải "Trạng thái"?',
    );
    expect(parseRosterCsv(csv('Hô va tên,Trang thai', 'Nguyễn An,Chính thức')).issues).toEqual([
      { line: 1, code: 'header.misspelled_column', value: 'Hô va tên', suggestion: 'Họ và tên' },
    ]);
    const plain = parseRosterCsv(csv('Ho va ten,Trang thai,Chuc vu', 'Nguyễn An,Chính thức,'));
    expect(plain.issues).toEqual([]);
    expect(plain.rows).toHaveLength(1);
  });
});
