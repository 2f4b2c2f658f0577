import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../../src/config';
import { startTestApp } from '../support/app';

const APP_ID = '00000000-0000-4000-8000-000000000001';
const TENANT_ID = '00000000-0000-4000-8000-000000000002';
const LINKS = { LINK_SIGNING_SECRET: 'k'.repeat(64) };
const TEAMS = {
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'secret-value',
  MicrosoftAppTenantId: TENANT_ID,
  ...LINKS,
};

/** loadConfig with an explicit environment and no .env file. */
const load = (env: Record<string, string>): Config => loadConfig(env, { envFile: null });

function refusal(env: Record<string, string>): ConfigError {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has development defaults for an empty environment', () => {
    const config = load({});
    expect(config).toMatchObject({
      mode: 'development',
      port: 3978,
      host: '127.0.0.1',
      databaseUrl: 'file:./data/chibo.db',
      databaseProvider: 'sqlite',
      logLevel: 'info',
      playgroundEnabled: true,
      bodyLimitBytes: 1024 * 1024,
      microsoftApp: { appType: 'SingleTenant' },
    });
    expect(config.warnings).toEqual([expect.stringContaining('LINK_SIGNING_SECRET is not set')]);
    expect(config.linkSigningSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(config.microsoftApp.appId).toBeUndefined();
    expect(config.publicBaseUrl).toBeUndefined();
  });

  it('returns a deeply frozen object', () => {
    const config = load(TEAMS);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.microsoftApp)).toBe(true);
    expect(Object.isFrozen(config.warnings)).toBe(true);
  });

  it('selects PostgreSQL from a postgres URL', () => {
    expect(load({ DATABASE_URL: 'postgresql://chibo@db:5432/chibo' }).databaseProvider).toBe('postgresql');
    expect(load({ DATABASE_URL: 'postgres://chibo@db/chibo' }).databaseProvider).toBe('postgresql');
  });

  it('refuses production without MicrosoftAppId, naming the variable', () => {
    const error = refusal({ NODE_ENV: 'production', HOST: '127.0.0.1', ...LINKS });
    expect(error.issues.map((issue) => issue.variable)).toEqual(['MicrosoftAppId']);
    expect(error.message).toContain('MicrosoftAppId is required when NODE_ENV=production');
  });

  it('refuses production without LINK_SIGNING_SECRET, and a short one anywhere', () => {
    expect(
      refusal({ NODE_ENV: 'production', ...TEAMS, LINK_SIGNING_SECRET: '' }).issues.map((i) => i.variable),
    ).toEqual(['LINK_SIGNING_SECRET']);
    const short = refusal({ LINK_SIGNING_SECRET: 'short' });
    expect(short.issues.map((i) => i.variable)).toEqual(['LINK_SIGNING_SECRET']);
    expect(short.message).not.toContain('short');
  });

  it('turns the playground off in production unless asked, and warns when asked', () => {
    expect(load({ NODE_ENV: 'production', ...TEAMS }).playgroundEnabled).toBe(false);
    const forced = load({
      NODE_ENV: 'production',
      PLAYGROUND_ENABLED: 'true',
      ALLOW_UNAUTHENTICATED_NETWORK: 'true',
      ...TEAMS,
    });
    expect(forced.playgroundEnabled).toBe(true);
    expect(forced.warnings.join(' ')).toContain('PLAYGROUND_ENABLED=true in production');
    expect(load({ PLAYGROUND_ENABLED: 'FALSE' }).playgroundEnabled).toBe(false);
  });

  it.each(['abc', '70000', '-1', '3978.5'])('names PORT and its form when PORT=%s', (port) => {
    const error = refusal({ PORT: port });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.variable).toBe('PORT');
    expect(error.message).toMatch(/PORT must be an integer from 0 to 65535/);
    expect(error.message).toContain(JSON.stringify(port));
  });

  it('refuses SingleTenant with an app id but no tenant id', () => {
    const error = refusal({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' });
    expect(error.issues.map((issue) => issue.variable)).toEqual(['MicrosoftAppTenantId']);
    expect(error.message).toContain('MicrosoftAppTenantId is required when MicrosoftAppType=SingleTenant');
    expect(
      load({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'MultiTenant' }).microsoftApp
        .tenantId,
    ).toBeUndefined();
  });

  it('refuses an app id without a password, and never echoes secrets', () => {
    const error = refusal({ MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT_ID });
    expect(error.issues.map((issue) => issue.variable)).toEqual(['MicrosoftAppPassword']);
    expect(refusal({ ...TEAMS, LOG_LEVEL: 'loud' }).message).not.toContain('secret-value');
  });

  it('lists every bad variable at once, each with its expected form', () => {
    const error = refusal({
      PORT: 'x',
      LOG_LEVEL: 'loud',
      MicrosoftAppId: 'not-a-guid',
      PUBLIC_BASE_URL: 'ftp://x',
      BODY_LIMIT_BYTES: '0',
    });
    expect(error.issues.map((issue) => issue.variable).sort()).toEqual([
      'BODY_LIMIT_BYTES',
      'LOG_LEVEL',
      'MicrosoftAppId',
      'PORT',
      'PUBLIC_BASE_URL',
    ]);
    expect(error.message).toContain('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent');
    expect(error.message).toContain('MicrosoftAppId must be');
  });

  it('treats blank values as unset', () => {
    const config = load({ PORT: '', MicrosoftAppId: ' ', PLAYGROUND_ENABLED: '' });
    expect(config.port).toBe(3978);
    expect(config.microsoftApp.appId).toBeUndefined();
  });

  it('reads the other variables', () => {
    const config = load({
      ...TEAMS,
      NODE_ENV: 'production',
      PORT: '8080',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'WARN',
      PUBLIC_BASE_URL: 'https://chibo.example.org/',
      BODY_LIMIT_BYTES: '2048',
    });
    expect(config).toMatchObject({
      mode: 'production',
      port: 8080,
      host: '127.0.0.1',
      logLevel: 'warn',
      publicBaseUrl: 'https://chibo.example.org',
      bodyLimitBytes: 2048,
    });
    expect(config.microsoftApp).toEqual({
      appId: APP_ID,
      appPassword: 'secret-value',
      appType: 'SingleTenant',
      tenantId: TENANT_ID,
    });
  });

  it('fills gaps from an env file without overriding the environment', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-config-'));
    const envFile = path.join(dir, '.env');
    fs.writeFileSync(envFile, 'PORT=4000\nLOG_LEVEL=debug\n# a comment\nHOST=127.0.0.1\n');
    try {
      const config = loadConfig({ PORT: '5000' }, { envFile });
      expect(config).toMatchObject({ port: 5000, logLevel: 'debug', host: '127.0.0.1' });
      expect(loadConfig({}, { envFile: path.join(dir, 'missing.env') }).port).toBe(3978);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('Zalo', () => {
    const ZALO = {
      ZALO_APP_ID: '1234567890123456789',
      ZALO_APP_SECRET: 'app-secret-value',
      ZALO_OA_SECRET_KEY: 'oa-secret-value',
    };

    it('is off without credentials and on with all three, with the documented defaults', () => {
      expect(load({}).zalo).toBeUndefined();
      expect(load({ ...ZALO, PUBLIC_BASE_URL: 'https://chibo.example.org' }).zalo).toEqual({
        appId: '1234567890123456789',
        appSecret: 'app-secret-value',
        oaSecretKey: 'oa-secret-value',
        apiBaseUrl: 'https://openapi.zalo.me',
        oauthBaseUrl: 'https://oauth.zaloapp.com',
        webhookMaxAgeSeconds: 7200,
      });
    });

    it('reads the base URLs and the webhook window', () => {
      const config = load({
        ...ZALO,
        ZALO_API_BASE_URL: 'http://127.0.0.1:9000/',
        ZALO_OAUTH_BASE_URL: 'http://127.0.0.1:9001',
        ZALO_WEBHOOK_MAX_AGE_SECONDS: '300',
      });
      expect(config.zalo).toMatchObject({
        apiBaseUrl: 'http://127.0.0.1:9000',
        oauthBaseUrl: 'http://127.0.0.1:9001',
        webhookMaxAgeSeconds: 300,
      });
      expect(config.warnings).toEqual(
        expect.arrayContaining([expect.stringContaining('Zalo is on without PUBLIC_BASE_URL')]),
      );
    });

    it('refuses a partial set, naming each missing variable', () => {
      const error = refusal({ ZALO_APP_ID: '123' });
      expect(error.issues.map((issue) => issue.variable).sort()).toEqual(['ZALO_APP_SECRET', 'ZALO_OA_SECRET_KEY']);
      expect(error.message).toContain('ZALO_APP_SECRET is required when ZALO_APP_ID is set');
      const other = refusal({ ZALO_APP_SECRET: 's', ZALO_OA_SECRET_KEY: 'k' });
      expect(other.issues.map((issue) => issue.variable)).toEqual(['ZALO_APP_ID']);
    });

    it('refuses malformed values and never echoes the secrets', () => {
      const error = refusal({
        ...ZALO,
        ZALO_APP_ID: 'abc',
        ZALO_API_BASE_URL: 'ftp://x',
        ZALO_WEBHOOK_MAX_AGE_SECONDS: '5',
      });
      expect(error.issues.map((issue) => issue.variable).sort()).toEqual([
        'ZALO_API_BASE_URL',
        'ZALO_APP_ID',
        'ZALO_WEBHOOK_MAX_AGE_SECONDS',
      ]);
      expect(error.message).not.toContain('app-secret-value');
      expect(error.message).not.toContain('oa-secret-value');
    });
  });
  it('has scheduler defaults: enabled, 6 hours of grace, an instance id from host and pid', () => {
    const config = load({});
    expect(config.scheduler).toEqual({ enabled: true, graceHours: 6 });
    expect(config.instanceId).toBe(`${os.hostname()}-${process.pid}`);
  });

  it('reads SCHEDULER_ENABLED, SCHEDULER_GRACE_HOURS and INSTANCE_ID', () => {
    const config = load({ SCHEDULER_ENABLED: 'FALSE', SCHEDULER_GRACE_HOURS: '12', INSTANCE_ID: 'web-2' });
    expect(config.scheduler).toEqual({ enabled: false, graceHours: 12 });
    expect(config.instanceId).toBe('web-2');
    expect(load({ SCHEDULER_GRACE_HOURS: '0' }).scheduler.graceHours).toBe(0);
  });

  it('reads SHUTDOWN_GRACE_SECONDS (default 10 s) and OUTBOX_RETRY_HOURS (default 6 h)', () => {
    expect(load({})).toMatchObject({ shutdownGraceMs: 10_000, outboxRetryHorizonMs: 6 * 3_600_000 });
    expect(load({ SHUTDOWN_GRACE_SECONDS: '45', OUTBOX_RETRY_HOURS: '24' })).toMatchObject({
      shutdownGraceMs: 45_000,
      outboxRetryHorizonMs: 24 * 3_600_000,
    });
  });

  it('reads INSTANCES (default 1) and warns when several instances would share a SQLite file', () => {
    expect(load({}).instances).toBe(1);
    const shared = load({ INSTANCES: '3', DATABASE_URL: 'postgresql://chibo@db.example/chibo' });
    expect(shared.instances).toBe(3);
    expect(shared.warnings.join(' ')).not.toContain('INSTANCES');
    expect(load({ INSTANCES: '2' }).warnings.join(' ')).toContain('INSTANCES > 1 on SQLite');
  });

  it.each([
    ['SCHEDULER_ENABLED', 'yes', 'true or false'],
    ['SCHEDULER_GRACE_HOURS', '-1', 'a whole number of hours'],
    ['SCHEDULER_GRACE_HOURS', '200', 'a whole number of hours'],
    ['SCHEDULER_GRACE_HOURS', '1.5', 'a whole number of hours'],
    ['INSTANCE_ID', 'web 1', 'letters, digits'],
    ['INSTANCES', '0', 'a whole number of instances'],
    ['INSTANCES', 'two', 'a whole number of instances'],
    ['SHUTDOWN_GRACE_SECONDS', '0', 'a whole number of seconds from 1 to 600'],
    ['SHUTDOWN_GRACE_SECONDS', '2s', 'a whole number of seconds from 1 to 600'],
    ['OUTBOX_RETRY_HOURS', '0', 'a whole number of hours from 1 to 168'],
    ['OUTBOX_RETRY_HOURS', '1000', 'a whole number of hours from 1 to 168'],
  ])('names %s when it is %j', (variable, value, expected) => {
    const error = refusal({ [variable]: value });
    expect(error.issues.map((issue) => issue.variable)).toEqual([variable]);
    expect(error.message).toContain(`${variable} must be ${expected}`);
  });
});

describe('modes and the listening address', () => {
  const PRODUCTION = { NODE_ENV: 'production', ...TEAMS };

  it.each(['prod', 'staging', 'dev', 'productio', 'production-eu', 'true', 'live'])(
    'refuses NODE_ENV=%s, naming it and the accepted values',
    (value) => {
      const error = refusal({ NODE_ENV: value });
      expect(error.issues.map((issue) => issue.variable)).toEqual(['NODE_ENV']);
      expect(error.message).toContain(
        'NODE_ENV must be one of production, development, test, or unset for development',
      );
      expect(error.message).toContain(JSON.stringify(value));
    },
  );

  it('runs development when NODE_ENV is unset, blank, development or test; production only for production', () => {
    for (const value of [undefined, '', 'development', 'test', 'TEST']) {
      expect(load(value === undefined ? {} : { NODE_ENV: value }).mode).toBe('development');
    }
    expect(load({ ...PRODUCTION, NODE_ENV: 'production' }).mode).toBe('production');
    expect(load({ ...PRODUCTION, NODE_ENV: ' Production ' }).mode).toBe('production');
  });

  it('listens on 127.0.0.1 in development and on 0.0.0.0 in production unless HOST says otherwise', () => {
    expect(load({}).host).toBe('127.0.0.1');
    expect(load({ NODE_ENV: 'test' }).host).toBe('127.0.0.1');
    expect(load(PRODUCTION).host).toBe('0.0.0.0');
    expect(load({ ...PRODUCTION, HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
  });

  it.each(['0.0.0.0', '::', '192.168.1.10', 'chibo.example.org'])(
    'refuses HOST=%s while authentication is off, naming HOST and the opt-in',
    (host) => {
      const error = refusal({ HOST: host });
      expect(error.issues.map((issue) => issue.variable)).toEqual(['HOST']);
      expect(error.message).toContain('Bot Framework authentication is off');
      expect(error.message).toContain('ALLOW_UNAUTHENTICATED_NETWORK=true');
    },
  );

  it('refuses a network HOST while the playground is on even with an app id, and in production when it is forced on', () => {
    expect(refusal({ ...TEAMS, HOST: '0.0.0.0' }).message).toContain('the playground is on');
    expect(load({ ...TEAMS, HOST: '0.0.0.0', PLAYGROUND_ENABLED: 'false' }).host).toBe('0.0.0.0');
    expect(refusal({ ...PRODUCTION, PLAYGROUND_ENABLED: 'true' }).issues.map((issue) => issue.variable)).toEqual([
      'HOST',
    ]);
  });

  it.each(['127.0.0.1', '127.3.2.1', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1'])(
    'accepts the loopback HOST=%s with authentication off',
    (host) => {
      expect(load({ HOST: host }).host).toBe(host);
    },
  );

  it('accepts a network HOST with authentication off only with ALLOW_UNAUTHENTICATED_NETWORK=true', () => {
    const config = load({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_NETWORK: 'true' });
    expect(config).toMatchObject({ host: '0.0.0.0', allowUnauthenticatedNetwork: true });
    expect(
      refusal({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_NETWORK: 'false' }).issues.map((issue) => issue.variable),
    ).toEqual(['HOST']);
    expect(refusal({ ALLOW_UNAUTHENTICATED_NETWORK: 'yes' }).message).toContain(
      'ALLOW_UNAUTHENTICATED_NETWORK must be true or false',
    );
  });
});

/** An IPv4 address of this machine that is not loopback, if it has one. */
function networkAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((info) => info !== undefined && info.family === 'IPv4' && !info.internal)?.address;
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => resolve(socket.destroy() === socket));
    socket.once('error', () => resolve(false));
  });
}

describe('a development server with no HOST', () => {
  it('listens on loopback only: reachable on 127.0.0.1, not on the machine’s network address', async () => {
    const t = await startTestApp({ env: { HOST: '' }, background: false });
    try {
      const { address, port } = t.app.server.server.address() as net.AddressInfo;
      expect(address).toBe('127.0.0.1');
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const outside = networkAddress();
      if (outside !== undefined) expect(await connects(outside, port)).toBe(false);
    } finally {
      await t.close();
    }
  });
});
