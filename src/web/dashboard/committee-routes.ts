/**
 * The committee's report on the web (issue 15), as one route module:
 *   GET /tab/committee                      the committee page (Teams tab or signed-link page)
 *   GET /tab/committee/assets/*             its built files (web/dist/committee)
 *   GET /tab/api/committee/:committeeId     JSON for a reader of that committee (Bearer token or ?token=); ?period=2026|2026-Q4|2026-11
 *   GET /links/committee-report/<token>     the report as a file; ?format=xlsx|docx
 * Every request checks canReadCommitteeReport for the identity the signed link names.
 */
import path from 'node:path';
import type restify from 'restify';
import { z } from 'zod';
import { periodOf } from '../../core/format';
import type { Locale } from '../../core/types';
import type { Clock } from '../../features/ports';
import { committeeReportDocx } from '../../exports/committee-report-docx';
import { committeeSigner, type ReportSigner } from '../../reports/committee-signer';
import { committeeReportXlsx } from '../../exports/committee-report-xlsx';
import { findProjectRoot } from '../../project-root';
import { canReadCommitteeReport } from '../../reports/committee-access';
import { computeCommitteeReport } from '../../reports/committee-report';
import {
  decodeReader,
  parseReportSubject,
  type CommitteeReportLinks,
  type ReaderIdentity,
} from '../../reports/committee-report-links';
import { REPORT_TIME_ZONE } from '../../reports/committee-report-wording';
import { ApiError, type RouteModule } from '../../server';
import type { Database } from '../../store/database';
import { verifyLink, type LinkPurpose } from '../signed-links';
import { committeeDashboardView } from './committee-dashboard-data';
import { sendCommitteePage, sendTabAsset } from './committee-page';

export interface CommitteeRouteDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly linkSigningSecret: string;
  readonly links: CommitteeReportLinks;
  /** Folder of the built page (default web/dist/committee). */
  readonly assetsDir?: string;
  /** The access check and the computation (default: src/reports); injected by tests. */
  readonly canRead?: typeof canReadCommitteeReport;
  readonly compute?: typeof computeCommitteeReport;
  /** Who signs the .docx (default: the committee's bí thư, committee-signer.ts). */
  readonly signer?: (db: Database, committeeId: string) => Promise<ReportSigner>;
}

const NOT_ALLOWED = 'Không được phép: chỉ các đồng chí trong cấp ủy (và cấp ủy cấp trên) được xem báo cáo này.';
const committeeIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const periodSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/);
const querySchema = z
  .object({
    period: periodSchema.optional(),
    lang: z.enum(['vi', 'en']).optional(),
    format: z.enum(['xlsx', 'docx']).optional(),
    token: z.string().optional(),
  })
  .loose();

function queryOf(req: restify.Request): z.infer<typeof querySchema> {
  const parsed = querySchema.safeParse(req.query ?? {});
  if (!parsed.success)
    throw new ApiError(400, 'input.invalid', 'Kỳ báo cáo không hợp lệ: đề nghị ghi dạng 2026-11, 2026-Q4 hoặc 2026.');
  return parsed.data;
}

function tokenOf(req: restify.Request): string {
  const header = req.header('authorization');
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim();
  const token = queryOf(req).token;
  if (token !== undefined && token !== '') return token;
  throw new ApiError(
    401,
    'link.missing',
    'Thiếu đường dẫn truy cập: đề nghị đồng chí yêu cầu đường dẫn báo cáo từ Trợ lý chi bộ.',
  );
}

/** The reader a valid token names, and its subject; 401/410 for a bad or old link. */
function readerOf(
  deps: CommitteeRouteDeps,
  token: string,
  purpose: LinkPurpose,
): { reader: ReaderIdentity; subjectId: string } {
  const check = verifyLink(deps.linkSigningSecret, token, deps.clock.now(), purpose);
  if (!check.ok) {
    if (check.reason === 'expired')
      throw new ApiError(
        410,
        'link.expired',
        'Đường dẫn đã hết hiệu lực; đề nghị đồng chí yêu cầu đường dẫn mới từ Trợ lý chi bộ.',
      );
    throw new ApiError(401, 'link.invalid', 'Đường dẫn không hợp lệ.');
  }
  const reader = decodeReader(check.claims.memberId);
  if (reader === null) throw new ApiError(401, 'link.invalid', 'Đường dẫn không hợp lệ.');
  return { reader, subjectId: check.claims.subjectId };
}

async function requireReader(deps: CommitteeRouteDeps, reader: ReaderIdentity, committeeId: string): Promise<void> {
  const allowed = await (deps.canRead ?? canReadCommitteeReport)(deps.db, reader, committeeId);
  if (!allowed) throw new ApiError(403, 'link.not_allowed', NOT_ALLOWED);
}

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

async function sendReportFile(deps: CommitteeRouteDeps, req: restify.Request, res: restify.Response): Promise<void> {
  const { reader, subjectId } = readerOf(deps, String(req.params['*'] ?? ''), 'committee_report');
  const subject = parseReportSubject(subjectId);
  if (
    subject === null ||
    !committeeIdSchema.safeParse(subject.committeeId).success ||
    !periodSchema.safeParse(subject.periodKey).success
  )
    throw new ApiError(401, 'link.invalid', 'Đường dẫn không hợp lệ.');
  await requireReader(deps, reader, subject.committeeId);
  const query = queryOf(req);
  const format = query.format ?? 'xlsx';
  const locale: Locale = query.lang ?? 'vi';
  const report = await (deps.compute ?? computeCommitteeReport)(
    deps.db,
    subject.committeeId,
    subject.periodKey,
    locale,
    deps.clock.now(),
  );
  const body =
    format === 'docx'
      ? await committeeReportDocx(report, locale, await (deps.signer ?? committeeSigner)(deps.db, subject.committeeId))
      : await committeeReportXlsx(report, locale);
  const fileName = `bao-cao-sinh-hoat-chi-bo-${subject.periodKey}.${format}`;
  res.sendRaw(200, body, {
    'Content-Type': MIME[format],
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
}

async function sendDashboard(deps: CommitteeRouteDeps, req: restify.Request, res: restify.Response): Promise<void> {
  const committeeId = committeeIdSchema.safeParse(req.params['committeeId']);
  if (!committeeId.success) throw new ApiError(404, 'committee.not_found', 'Không tìm thấy đảng bộ.');
  const { reader, subjectId } = readerOf(deps, tokenOf(req), 'committee_dashboard');
  // The link opens the committee it was issued for; a reader of a sub-committee gets its own link.
  if (subjectId !== committeeId.data) throw new ApiError(403, 'link.not_allowed', NOT_ALLOWED);
  await requireReader(deps, reader, committeeId.data);
  const query = queryOf(req);
  const locale: Locale = query.lang ?? 'vi';
  const now = deps.clock.now();
  const periodKey = query.period ?? periodOf(now, REPORT_TIME_ZONE).slice(0, 4);
  const report = await (deps.compute ?? computeCommitteeReport)(deps.db, committeeId.data, periodKey, locale, now);
  const links = {
    xlsx: deps.links.report(reader, committeeId.data, periodKey, 'xlsx').url,
    docx: deps.links.report(reader, committeeId.data, periodKey, 'docx').url,
    dashboard: null,
  };
  res.setHeader('Cache-Control', 'no-store');
  res.send(200, committeeDashboardView(report, locale, links));
}

/** The route module the composition root mounts next to the cell dashboard's. */
export function createCommitteeRoutes(deps: CommitteeRouteDeps): RouteModule {
  const assetsDir = deps.assetsDir ?? path.join(findProjectRoot(__dirname), 'web', 'dist', 'committee');
  return {
    name: 'committee-report',
    register(server) {
      server.get('/tab/committee', async (_req, res) => sendCommitteePage(res, assetsDir));
      server.get('/tab/committee/assets/*', async (req, res) =>
        sendTabAsset(res, assetsDir, String(req.params['*'] ?? '')),
      );
      server.get('/tab/api/committee/:committeeId', async (req, res) => sendDashboard(deps, req, res));
      // A wildcard, not `:token`: the router caps named parameters at 100 characters and tokens are longer.
      server.get('/links/committee-report/*', async (req, res) => sendReportFile(deps, req, res));
    },
  };
}
