/**
 * A stand-in for the Teams web client, served from the bot's own origin: it
 * frames the tab and answers the teams-js postMessage protocol (initialize,
 * getContext, anything else with an empty answer), so the tab's in-Teams path
 * runs in Chromium without Microsoft's servers.
 */
import type { RouteModule } from '../../src/server';

export interface TeamsLegacyContext {
  readonly theme: string;
  readonly userObjectId: string;
  readonly userPrincipalName: string;
  readonly chatId: string;
  readonly entityId: string;
  readonly subEntityId?: string;
  readonly locale: string;
}

const RUNTIME = {
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  isLegacyTeams: false,
  supports: {
    appInstallDialog: {},
    pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
    teamsCore: {},
  },
};

function hostScript(): string {
  return `
const frame = document.getElementById('tab');
const context = JSON.parse(document.getElementById('context').textContent);
const runtime = ${JSON.stringify(JSON.stringify(RUNTIME))};
window.hostLog = [];
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  const m = event.data;
  if (!m || typeof m.func !== 'string') return;
  window.hostLog.push(m.func);
  const reply = (args) => frame.contentWindow.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, event.origin);
  if (m.func === 'initialize') reply(['content', 'web', runtime, '2.58.0']);
  else if (m.func === 'getContext') reply([context]);
  else reply([]);
});`;
}

/** GET /test-teams-host?ctx=<base64url JSON>: the mock Teams page with the tab (at `tabPath`) in an iframe. */
export function createTeamsHostRoutes(tabPath = '/tab'): RouteModule {
  return {
    name: 'teams-host-stand-in',
    register(server) {
      server.get('/test-teams-host', async (req, res) => {
        const query = req.query as Record<string, unknown>;
        const context = Buffer.from(String(query['ctx'] ?? ''), 'base64url').toString('utf8');
        const html = `<!doctype html><html><head><meta charset="utf-8"><title>Teams (stand-in)</title></head><body style="margin:0">
<script type="application/json" id="context">${context.replace(/</g, '\\u003c')}</script>
<iframe id="tab" src="${tabPath}" style="width:1200px;height:1500px;border:0"></iframe>
<script>${hostScript()}</script></body></html>`;
        res.sendRaw(200, html, { 'Content-Type': 'text/html; charset=utf-8' });
      });
    },
  };
}

export function encodeContext(context: TeamsLegacyContext): string {
  return Buffer.from(JSON.stringify(context)).toString('base64url');
}
