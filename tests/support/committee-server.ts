/**
 * The committee report's routes on a loopback server, with a stand-in
 * computation (the fixture committee, tests/support/committee-report-fixture.ts)
 * and a stand-in access check (a list of readers), both injected: the real
 * ones live on branch committee-core.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/log';
import type { CommitteeReportLinks, ReaderIdentity } from '../../src/reports/committee-report-links';
import type { ReportPeriod } from '../../src/reports/committee-report-types';
import { createServer, type RouteModule } from '../../src/server';
import type { Database } from '../../src/store/database';
import { createCommitteeReportLinks } from '../../src/web/dashboard/committee-links';
import { createCommitteeRoutes } from '../../src/web/dashboard/committee-routes';
import { createTestClock, type TestClock } from './app';
import { committeeReportFixture } from './committee-report-fixture';

export const COMMITTEE_ID = 'du-khoi-dn';
export const SECRET = 'test-secret-for-committee-links-0123456789';
export const READER: ReaderIdentity = {
  platform: 'teams',
  platformUserId: '29:1TxnQm5bC4o2dUf9wH3kYzL7rPq8sVa6eG0jNiXcBtM-committee-secretary',
};
export const OUTSIDER: ReaderIdentity = { platform: 'teams', platformUserId: '29:1cell-secretary-of-another-cell' };

/** The report's period for a key, as the computation would label it. */
export function periodFor(key: string): ReportPeriod {
  const year = key.slice(0, 4);
  const quarter = /-Q([1-4])$/.exec(key);
  const first = quarter ? (Number(quarter[1]) - 1) * 3 + 1 : key.length === 7 ? Number(key.slice(5)) : 1;
  const count = quarter ? 3 : key.length === 7 ? 1 : 12;
  const months = Array.from({ length: count }, (_, i) => `${year}-${String(first + i).padStart(2, '0')}`);
  const label = quarter
    ? `quý ${['I', 'II', 'III', 'IV'][Number(quarter[1]) - 1] ?? ''}/${year}`
    : key.length === 7
      ? `tháng ${first}/${year}`
      : `năm ${year}`;
  return {
    kind: quarter ? 'quarter' : key.length === 7 ? 'month' : 'year',
    key,
    fromMonth: months[0] ?? key,
    toMonth: months[months.length - 1] ?? key,
    months,
    label,
  };
}

export interface CommitteeServer {
  readonly url: string;
  readonly clock: TestClock;
  readonly links: CommitteeReportLinks;
  /** Every (committee, period) the stand-in computation was asked for. */
  readonly computed: string[];
  close(): Promise<void>;
}

/** `extraRoutes`: e.g. the Teams host stand-in that frames the page. */
export async function startCommitteeServer(extraRoutes: readonly RouteModule[] = []): Promise<CommitteeServer> {
  const clock = createTestClock('2026-12-20T03:00:00Z');
  const address: { url: string } = { url: '' };
  const links = createCommitteeReportLinks({ secret: SECRET, baseUrl: () => address.url, clock });
  const computed: string[] = [];
  const routes = createCommitteeRoutes({
    // The stand-ins below never touch the database.
    db: null as unknown as Database,
    clock,
    linkSigningSecret: SECRET,
    links,
    assetsDir: path.resolve(__dirname, '..', '..', 'web', 'dist', 'committee'),
    canRead: async (_db, identity, committeeId) =>
      Promise.resolve(
        committeeId === COMMITTEE_ID &&
          identity.platform === READER.platform &&
          identity.platformUserId === READER.platformUserId,
      ),
    signer: async () => Promise.resolve({ role: 'secretary', name: 'Trần Văn Bình' }),
    compute: async (_db, committeeId, periodKey) => {
      computed.push(`${committeeId}|${periodKey}`);
      return Promise.resolve(committeeReportFixture({ period: periodFor(periodKey) }));
    },
  });
  const logger = createLogger({ logLevel: 'silent' }, new Writable({ write: (_c, _e, done) => done() }));
  const server = createServer({
    config: { bodyLimitBytes: 64 * 1024 },
    logger,
    checkDatabase: () => Promise.resolve(),
    routes: [routes, ...extraRoutes],
  });
  await new Promise<void>((resolve) => server.server.listen(0, '127.0.0.1', resolve));
  address.url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return {
    url: address.url,
    clock,
    links,
    computed,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
