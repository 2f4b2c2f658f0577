/**
 * What the CLI says when something outside its own checks fails: a file the
 * system cannot open, a bad configuration, a database it cannot reach. Node
 * and Prisma write these in English ("ENOENT: no such file or directory"); the
 * CLI speaks Vietnamese, so each known cause is said in Vietnamese and the raw
 * text is left to --debug.
 */
import { ConfigError } from '../config';
import { MigrationError, type MigrationErrorCode } from '../store/migration-error';

// errno codes of the file system calls the CLI makes (read a roster, write a document or a backup).
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'không tìm thấy tệp hoặc thư mục',
  EACCES: 'không có quyền truy cập',
  EPERM: 'không được phép thực hiện',
  EISDIR: 'đây là một thư mục, không phải tệp',
  ENOTDIR: 'một phần của đường dẫn không phải thư mục',
  EEXIST: 'tệp đã tồn tại',
  ENOSPC: 'ổ đĩa đã hết dung lượng',
  EROFS: 'ổ đĩa chỉ cho phép đọc',
  EMFILE: 'mở quá nhiều tệp cùng lúc',
  EBUSY: 'tệp đang được chương trình khác sử dụng',
};

function stringField(error: unknown, field: string): string | undefined {
  if (typeof error !== 'object' || error === null || !(field in error)) return undefined;
  const value = (error as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}

/** "không tìm thấy tệp hoặc thư mục" for an ENOENT, …; undefined when the error is not a known file error. */
export function fileErrorReason(error: unknown): string | undefined {
  const code = stringField(error, 'code');
  return code === undefined ? undefined : FILE_ERRORS[code];
}

/** A file error in a sentence, naming the path: `Không đọc/ghi được tệp "a.csv": không tìm thấy tệp hoặc thư mục`. */
export function fileErrorText(error: unknown, fallbackPath?: string): string | undefined {
  const reason = fileErrorReason(error);
  if (reason === undefined) return undefined;
  const path = stringField(error, 'path') ?? fallbackPath;
  return path === undefined ? `Không đọc/ghi được tệp: ${reason}` : `Không đọc/ghi được tệp "${path}": ${reason}`;
}

const MIGRATION_ERRORS: Readonly<Record<MigrationErrorCode, string>> = {
  'migration.folder_invalid': 'thư mục migration không đầy đủ hoặc không hợp lệ',
  'migration.failed_earlier': 'một migration đã thất bại ở lần chạy trước, cần xử lý trước khi chạy tiếp',
  'migration.checksum_mismatch': 'một migration đã áp dụng đã bị sửa đổi sau đó',
  'migration.unknown_applied': 'cơ sở dữ liệu có migration mà phiên bản này không biết (do phiên bản mới hơn tạo?)',
  'migration.apply_failed': 'áp dụng migration thất bại và đã được hoàn tác',
  'migration.lock_timeout': 'hết thời gian chờ: một tiến trình khác đang cập nhật cơ sở dữ liệu',
};

// Prisma's error codes for a database it cannot reach or open (P1000–P1003, P1010).
const DATABASE_CODES = new Set(['P1000', 'P1001', 'P1002', 'P1003', 'P1010']);

/** The Vietnamese sentence for an error the CLI did not raise itself. */
export function unexpectedErrorText(error: unknown): string {
  const file = fileErrorText(error);
  if (file !== undefined) return file;
  if (error instanceof MigrationError) {
    return `Không cập nhật được cấu trúc cơ sở dữ liệu: ${MIGRATION_ERRORS[error.code]}. Chạy lại với --debug để xem chi tiết.`;
  }
  if (error instanceof ConfigError) {
    const variables = [...new Set(error.issues.map((issue) => issue.variable))].join(', ');
    return `Cấu hình không hợp lệ (biến môi trường: ${variables}). Chạy lại với --debug để xem chi tiết.`;
  }
  const code = stringField(error, 'errorCode') ?? stringField(error, 'code');
  const name = error instanceof Error ? error.name : '';
  if ((code !== undefined && DATABASE_CODES.has(code)) || name === 'PrismaClientInitializationError') {
    return 'Không kết nối được cơ sở dữ liệu; kiểm tra biến môi trường DATABASE_URL. Chạy lại với --debug để xem chi tiết.';
  }
  return 'Đã xảy ra sự cố ngoài dự kiến. Chạy lại với --debug để xem chi tiết.';
}
