/**
 * The second seed meeting of DOMAIN.md: a trade-union/enterprise cell of 72
 * members (49 official, 23 probationary), its roster imported by the CLI
 * (with emails), and the same people as Teams accounts in the team.
 */
import { importRoster, parseRosterCsv } from '../../src/features/roster-import';
import type { Database } from '../../src/store/database';
import { teamsUser, type TeamsUser } from './activities';

export const CELL_NAME = 'Chi bộ Công đoàn Công ty Cổ phần May Hưng Long';
export const OFFICIAL = 49;
export const PROBATIONARY = 23;

export interface Person {
  readonly user: TeamsUser;
  readonly fullName: string;
  readonly status: 'official' | 'probationary';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Member n (1-based): 1 is the secretary, 2 the deputy; 1–49 official, 50–72 probationary. */
function person(n: number): Person {
  if (n === 1)
    return {
      user: teamsUser(n, 'Nguyễn Thị Thu Hà', 'ha.nguyen@hunglong.vn'),
      fullName: 'Nguyễn Thị Thu Hà',
      status: 'official',
    };
  if (n === 2)
    return {
      user: teamsUser(n, 'Trần Văn Bình', 'binh.tran@hunglong.vn'),
      fullName: 'Trần Văn Bình',
      status: 'official',
    };
  const official = n <= OFFICIAL;
  const fullName = official ? `Đảng viên Chính thức ${pad(n)}` : `Đảng viên Dự bị ${pad(n)}`;
  const email = official ? `ct${pad(n)}@hunglong.vn` : `db${pad(n)}@hunglong.vn`;
  // Teams gives some addresses in another case than the roster file: matching ignores case.
  const teamsEmail = n % 10 === 3 ? email.toUpperCase() : email;
  return { user: teamsUser(n, fullName, teamsEmail), fullName, status: official ? 'official' : 'probationary' };
}

export const PEOPLE: readonly Person[] = Array.from({ length: OFFICIAL + PROBATIONARY }, (_, i) => person(i + 1));
export const SECRETARY = PEOPLE[0]!;
export const DEPUTY = PEOPLE[1]!;
/** Someone in the team who is not a party member (a trade-union officer). */
export const GUEST = teamsUser(900, 'Lê Văn Khách', 'khach@hunglong.vn');

function csv(): string {
  const rows = PEOPLE.map((p, i) => {
    const role = i === 0 ? 'Bí thư' : i === 1 ? 'Phó Bí thư' : '';
    const status = p.status === 'official' ? 'Chính thức' : 'Dự bị';
    const email = p.user.email.toLowerCase();
    return [i + 1, p.fullName, status, role, `Tổ ${(i % 4) + 1}`, email].join(',');
  });
  return ['DANH SÁCH ĐẢNG VIÊN', 'STT,Họ và tên,Trạng thái,Chức vụ,Tổ đảng,Email', ...rows].join('\n');
}

/** Imports the roster as `npm run cli -- roster import` would. */
export async function importSeedRoster(db: Database): Promise<string> {
  const outcome = await importRoster(
    db,
    { createCell: { name: CELL_NAME, parentOrganisation: 'Đảng bộ Khối Doanh nghiệp tỉnh' } },
    parseRosterCsv(csv()),
  );
  if (!outcome.ok || outcome.cellId === null) throw new Error(`roster import failed: ${JSON.stringify(outcome)}`);
  return outcome.cellId;
}
