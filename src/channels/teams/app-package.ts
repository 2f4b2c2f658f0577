/**
 * The Teams app package (`npm run package`): manifest/manifest.json with its
 * placeholders filled from the config, the English strings and the two icons,
 * validated offline against the manifest schema and zipped.
 *
 * Placeholders: ${{MICROSOFT_APP_ID}} (the app and its bot share the Entra
 * application id), ${{BOT_DOMAIN}} (the host of PUBLIC_BASE_URL) and
 * ${{APP_VERSION}} (package.json's version).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import type { PackageConfig } from '../../config';

export const PACKAGE_FILES = ['manifest.json', 'en-us.json', 'color.png', 'outline.png'] as const;

export interface PackageInputs {
  readonly appId: string;
  /** Host name (and port, if any) the bot is reached at, e.g. chibo.example.org. */
  readonly domain: string;
  readonly version: string;
}

/** The package's own settings; loadPackageConfig (src/config.ts) reads them from the environment. */
export type PackageSettings = Pick<PackageConfig, 'appId' | 'publicBaseUrl'>;

/** The placeholders' values from the package's settings (already checked by loadPackageConfig). */
export function packageInputsFrom(settings: PackageSettings, version: string): PackageInputs {
  return { appId: settings.appId, domain: new URL(settings.publicBaseUrl).host, version };
}

const PLACEHOLDER = /\$\{\{([A-Z_]+)\}\}/g;

/** Fills the ${{NAME}} placeholders; an unknown or leftover one is an error, never shipped. */
export function fillPlaceholders(template: string, inputs: PackageInputs): string {
  const values: Readonly<Record<string, string>> = {
    MICROSOFT_APP_ID: inputs.appId,
    BOT_DOMAIN: inputs.domain,
    APP_VERSION: inputs.version,
  };
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`manifest: unknown placeholder \${{${name}}}`);
    // Values go inside JSON strings: escape them as JSON would.
    return JSON.stringify(value).slice(1, -1);
  });
}

/** Checks a manifest against its schema; resolves with the problems found (none = valid). */
export type ManifestValidator = (manifest: object) => Promise<string[]>;

/**
 * @microsoft/app-manifest's validation against the schema it bundles (no
 * network for known versions). Loaded on first use: only packaging needs it,
 * and it pulls in ESM-only dependencies.
 */
export const appManifestValidator: ManifestValidator = async (manifest) => {
  const { AppManifestUtils } = await import('@microsoft/app-manifest');
  return AppManifestUtils.validateAgainstSchema(
    manifest as Parameters<typeof AppManifestUtils.validateAgainstSchema>[0],
  );
};

/** The manifest ready to ship, checked against its schema. */
export async function buildManifest(
  manifestDir: string,
  inputs: PackageInputs,
  validate: ManifestValidator = appManifestValidator,
): Promise<object> {
  const manifest = JSON.parse(
    fillPlaceholders(readFileSync(join(manifestDir, 'manifest.json'), 'utf8'), inputs),
  ) as object;
  const problems = await validate(manifest);
  if (problems.length > 0) throw new Error(`manifest: does not match its schema:\n  ${problems.join('\n  ')}`);
  return manifest;
}

/** Writes the zip Teams Admin Center / Developer Portal accepts; resolves with its path. */
export async function writeTeamsPackage(
  manifestDir: string,
  outFile: string,
  inputs: PackageInputs,
  validate: ManifestValidator = appManifestValidator,
): Promise<string> {
  const manifest = await buildManifest(manifestDir, inputs, validate);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of PACKAGE_FILES.slice(1)) zip.file(file, readFileSync(join(manifestDir, file)));
  const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, content);
  return outFile;
}
