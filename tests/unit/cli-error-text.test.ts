import { ConfigError } from '../../src/config';
import { MigrationError } from '../../src/store/migration-error';
import { fileErrorReason, fileErrorText, unexpectedErrorText } from '../../src/cli/error-text';

function systemError(code: string, path?: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: no such file or directory, open '${path ?? ''}'`);
  error.code = code;
  if (path !== undefined) error.path = path;
  return error;
}

describe('CLI error wording', () => {
  it('says file errors in Vietnamese with the path, never the errno text', () => {
    expect(fileErrorReason(systemError('ENOENT'))).toBe('không tìm thấy tệp hoặc thư mục');
    expect(fileErrorText(systemError('EACCES', '/srv/a.csv'))).toBe(
      'Không đọc/ghi được tệp "/srv/a.csv": không có quyền truy cập',
    );
    expect(fileErrorText(systemError('EISDIR'), 'out.docx')).toBe(
      'Không đọc/ghi được tệp "out.docx": đây là một thư mục, không phải tệp',
    );
    expect(unexpectedErrorText(systemError('ENOENT', 'x.xlsx'))).not.toMatch(/ENOENT|no such file/u);
  });

  it('names bad configuration variables and an unreachable database in Vietnamese', () => {
    const config = new ConfigError([{ variable: 'DATABASE_URL', message: 'DATABASE_URL must be a URL (got "x")' }]);
    expect(unexpectedErrorText(config)).toBe(
      'Cấu hình không hợp lệ (biến môi trường: DATABASE_URL). Chạy lại với --debug để xem chi tiết.',
    );
    expect(
      unexpectedErrorText(Object.assign(new Error("Can't reach database server"), { errorCode: 'P1001' })),
    ).toContain('Không kết nối được cơ sở dữ liệu');
  });

  it('says a migration problem in Vietnamese', () => {
    const error = new MigrationError('migration.lock_timeout', 'Timed out waiting for the migration lock');
    expect(unexpectedErrorText(error)).toBe(
      'Không cập nhật được cấu trúc cơ sở dữ liệu: hết thời gian chờ: một tiến trình khác đang cập nhật cơ sở dữ liệu. Chạy lại với --debug để xem chi tiết.',
    );
  });

  it('says anything else in Vietnamese and points to --debug', () => {
    expect(unexpectedErrorText(new TypeError('Cannot read properties of undefined'))).toBe(
      'Đã xảy ra sự cố ngoài dự kiến. Chạy lại với --debug để xem chi tiết.',
    );
    expect(fileErrorReason('not an error')).toBeUndefined();
  });
});
