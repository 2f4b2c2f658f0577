/**
 * The dashboard tab and the signed downloads, as one route module:
 *   GET /tab                      the page (Teams tab or signed-link page)
 *   GET /tab/assets/*             its built files (web/dist/tab)
 *   GET /tab/api/dashboard        JSON for a committee member (Bearer token or ?token=)
 *   GET /links/minutes/<token>     the minutes (.docx); ?doc=resolution for the draft resolution
 *   GET /links/export/<token>      attendance and votes (.xlsx) of a month or a year
 */
import path from 'node:path';
import type restify from 'restify';
import type { DocumentLinks } from '../../features/shared/document-links';
import type { Clock } from '../../features/ports';
import { findProjectRoot } from '../../project-root';
import { ApiError, requestContext, type RouteModule } from '../../server';
import type { Database } from '../../store/database';
import { authorizeLink } from './authorize';
import { loadDashboard } from './dashboard-data';
import { sendExport, sendMeetingDocument } from './downloads';
import { sendTabAsset, sendTabPage } from './tab-files';

export interface DashboardRouteDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly linkSigningSecret: string;
  readonly links: DocumentLinks;
  /** Folder of the built page (default web/dist/tab). */
  readonly assetsDir?: string;
}

function tokenOf(req: restify.Request): string {
  const header = req.header('authorization');
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim();
  const query: unknown = req.query;
  const token = typeof query === 'object' && query !== null && 'token' in query ? query.token : undefined;
  if (typeof token === 'string' && token !== '') return token;
  throw new ApiError(
    401,
    'link.missing',
    'Thiếu đường dẫn truy cập: đề nghị đồng chí gửi lệnh “bảng điều khiển” cho Trợ lý chi bộ.',
  );
}

/** The route module the composition root mounts (see the report: app.ts wiring). */
export function createDashboardRoutes(deps: DashboardRouteDeps): RouteModule {
  const assetsDir = deps.assetsDir ?? path.join(findProjectRoot(__dirname), 'web', 'dist', 'tab');
  return {
    name: 'dashboard',
    register(server) {
      server.get('/tab', async (_req, res) => sendTabPage(res, assetsDir));
      server.get('/tab/assets/*', async (req, res) => sendTabAsset(res, assetsDir, String(req.params['*'] ?? '')));
      server.get('/tab/api/dashboard', async (req, res) => {
        const { member, subjectId } = await authorizeLink(
          deps.db,
          deps.linkSigningSecret,
          tokenOf(req),
          deps.clock.now(),
          'dashboard',
        );
        if (subjectId !== member.cellId) throw new ApiError(403, 'link.not_allowed', 'Không được phép.');
        const { logger } = requestContext(req);
        res.setHeader('Cache-Control', 'no-store');
        res.send(200, await loadDashboard({ db: deps.db, clock: deps.clock, logger, links: deps.links }, member));
      });
      // Wildcards, not `:token`: the router caps named parameters at 100 characters and tokens are longer.
      server.get('/links/minutes/*', async (req, res) =>
        sendMeetingDocument(deps, String(req.params['*'] ?? ''), req, res),
      );
      server.get('/links/export/*', async (req, res) => sendExport(deps, String(req.params['*'] ?? ''), res));
    },
  };
}
