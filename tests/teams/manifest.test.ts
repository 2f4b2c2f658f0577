/**
 * The Teams app package, validated offline: the manifest against the schema
 * bundled with @microsoft/app-manifest, the English strings against the
 * localization schema, the icons' sizes and colours, the zip's contents.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import Ajv from 'ajv';
import JSZip from 'jszip';
import {
  fillPlaceholders,
  packageInputsFrom,
  PACKAGE_FILES,
  writeTeamsPackage,
} from '../../src/channels/teams/app-package';
import { ConfigError, loadConfig, loadPackageConfig } from '../../src/config';
import { childProcessValidator } from './manifest-validator';

const MANIFEST_DIR = join(__dirname, '..', '..', 'manifest');
const SCHEMAS = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
  'v1.19',
);

interface TeamsManifest {
  readonly manifestVersion: string;
  readonly [key: string]: unknown;
}
const inputs = { appId: '3f1b5a3e-2c4d-4e5f-8a9b-0c1d2e3f4a5b', domain: 'chibo.example.org', version: '0.1.0' };

interface Png {
  readonly width: number;
  readonly height: number;
  /** RGBA rows (the icons are written unfiltered, 8-bit RGBA). */
  readonly pixels: Buffer;
}

function readPng(buffer: Buffer): Png {
  expect(buffer.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    if (buffer.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(buffer.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return { width, height, pixels: inflateSync(Buffer.concat(idat)) };
}

function packageConfigError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadPackageConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadPackageConfig accepted the settings');
}

describe('the Teams app package', () => {
  let dir: string;
  let zip: JSZip;
  let manifest: TeamsManifest;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chibo-package-'));
    const file = await writeTeamsPackage(MANIFEST_DIR, join(dir, 'chibo-bot.zip'), inputs, childProcessValidator);
    zip = await JSZip.loadAsync(readFileSync(file));
    manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as TeamsManifest;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the manifest, the English strings and both icons, nothing else', () => {
    expect(Object.keys(zip.files).sort()).toEqual([...PACKAGE_FILES].sort());
  });

  it('is a valid manifest of schema 1.19 or later, placeholders filled', async () => {
    expect(await childProcessValidator(manifest)).toEqual([]);
    expect(Number(manifest.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(19);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest).toMatchObject({ id: inputs.appId, version: '0.1.0', validDomains: ['chibo.example.org'] });
  });

  it('offers the bot in team, group chat and personal scopes with Vietnamese command lists', () => {
    const bot = (
      manifest as {
        bots?: {
          botId: string;
          scopes: string[];
          commandLists?: { scopes: string[]; commands: { title: string }[] }[];
        }[];
      }
    ).bots![0]!;
    expect(bot.botId).toBe(inputs.appId);
    expect(bot.scopes).toEqual(['team', 'groupChat', 'personal']);
    const titles = bot.commandLists!.flatMap((list) => list.commands.map((c) => c.title));
    expect(titles).toEqual(
      expect.arrayContaining(['họp mới', 'điểm danh', 'biểu quyết', 'kết thúc biểu quyết', 'tóm tắt', 'trợ giúp']),
    );
  });

  it("offers the dashboard as a personal tab and a configurable tab on the bot's own domain", () => {
    const tabs = manifest as {
      staticTabs?: { contentUrl: string }[];
      configurableTabs?: { configurationUrl: string; scopes: string[] }[];
      validDomains?: string[];
    };
    expect(tabs.staticTabs?.[0]?.contentUrl).toBe('https://chibo.example.org/tab');
    expect(tabs.configurableTabs?.[0]).toMatchObject({
      configurationUrl: 'https://chibo.example.org/tab',
      scopes: ['team', 'groupChat'],
    });
    expect(tabs.validDomains).toContain('chibo.example.org');
  });

  it('has English strings for every command, valid against the localization schema', async () => {
    const strings = JSON.parse(await zip.file('en-us.json')!.async('string')) as Record<string, string>;
    const schema = JSON.parse(readFileSync(join(SCHEMAS, 'MicrosoftTeams.Localization.schema.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    // The published schema is draft-04 with a pattern Ajv's unicode mode rejects; the rules themselves are plain.
    const { $schema: _draft, ...rules } = schema;
    const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false }).compile(
      rules,
    );
    expect(validate(strings) ? [] : validate.errors).toEqual([]);
    const lists = (manifest as { bots?: { commandLists?: { commands: unknown[] }[] }[] }).bots![0]!.commandLists!;
    lists.forEach((list, l) =>
      list.commands.forEach((_c, c) => {
        expect(strings[`bots[0].commandLists[${l}].commands[${c}].title`]).toBeTruthy();
        expect(strings[`bots[0].commandLists[${l}].commands[${c}].description`]).toBeTruthy();
      }),
    );
  });

  it('ships a 192×192 colour icon and a 32×32 outline icon that is white on transparent', async () => {
    const color = readPng(await zip.file('color.png')!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(await zip.file('outline.png')!.async('nodebuffer'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let opaque = 0;
    for (let y = 0; y < 32; y += 1) {
      const row = outline.pixels.subarray(y * (1 + 32 * 4), (y + 1) * (1 + 32 * 4));
      expect(row[0]).toBe(0); // filter: none
      for (let x = 0; x < 32; x += 1) {
        const [r, g, b, a] = row.subarray(1 + x * 4, 5 + x * 4);
        if (a! > 0) {
          opaque += 1;
          expect([r, g, b]).toEqual([255, 255, 255]);
        }
      }
    }
    expect(opaque).toBeGreaterThan(100);
  });

  it('takes the app id and domain from the package settings, and names every one missing at once', () => {
    const settings = { appId: inputs.appId, publicBaseUrl: 'https://chibo.example.org' };
    expect(packageInputsFrom(settings, '1.2.3')).toEqual({
      appId: inputs.appId,
      domain: 'chibo.example.org',
      version: '1.2.3',
    });
    expect(loadPackageConfig({ MicrosoftAppId: inputs.appId, PUBLIC_BASE_URL: 'https://chibo.example.org/' })).toEqual(
      settings,
    );
    const both = packageConfigError({});
    expect(both.issues.map((issue) => issue.variable)).toEqual(['MicrosoftAppId', 'PUBLIC_BASE_URL']);
    expect(
      packageConfigError({ MicrosoftAppId: 'not-a-guid', PUBLIC_BASE_URL: 'http://x.vn' }).issues.map(
        (issue) => issue.variable,
      ),
    ).toEqual(['MicrosoftAppId', 'PUBLIC_BASE_URL']);
    expect(packageConfigError({ MicrosoftAppId: inputs.appId, PUBLIC_BASE_URL: 'http://x.vn' }).message).toContain(
      'https://',
    );
  });

  it('needs neither the client secret nor the tenant id, which the package does not hold', () => {
    // loadConfig would refuse this (SingleTenant with an app id needs both); the package does not.
    expect(() => loadConfig({ MicrosoftAppId: inputs.appId, PUBLIC_BASE_URL: 'https://x.vn' })).toThrow(ConfigError);
    expect(loadPackageConfig({ MicrosoftAppId: inputs.appId, PUBLIC_BASE_URL: 'https://x.vn' }).appId).toBe(
      inputs.appId,
    );
  });

  it('refuses an unknown placeholder', () => {
    expect(() => fillPlaceholders('{"id":"${{TEAMS_TAB_URL}}"}', inputs)).toThrow('unknown placeholder');
  });
});
