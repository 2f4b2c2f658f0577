"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.appManifestValidator = exports.PACKAGE_FILES = void 0;
exports.packageInputsFrom = packageInputsFrom;
exports.fillPlaceholders = fillPlaceholders;
exports.buildManifest = buildManifest;
exports.writeTeamsPackage = writeTeamsPackage;
/**
 * The Teams app package (`npm run package`): manifest/manifest.json with its
 * placeholders filled from the config, the English strings and the two icons,
 * validated offline against the manifest schema and zipped.
 *
 * Placeholders: ${{MICROSOFT_APP_ID}} (the app and its bot share the Entra
 * application id), ${{BOT_DOMAIN}} (the host of PUBLIC_BASE_URL) and
 * ${{APP_VERSION}} (package.json's version).
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const jszip_1 = __importDefault(require("jszip"));
exports.PACKAGE_FILES = ['manifest.json', 'en-us.json', 'color.png', 'outline.png'];
/** What the package needs from the config; names the variable that is missing. */
function packageInputsFrom(config, version) {
    const appId = config.microsoftApp.appId;
    if (appId === undefined)
        throw new Error('MicrosoftAppId is required to package the Teams app (it is the app id and the bot id).');
    if (config.publicBaseUrl === undefined)
        throw new Error('PUBLIC_BASE_URL is required to package the Teams app (its host is the bot domain).');
    const url = new URL(config.publicBaseUrl);
    if (url.protocol !== 'https:')
        throw new Error('PUBLIC_BASE_URL must be https:// for Teams.');
    return { appId, domain: url.host, version };
}
const PLACEHOLDER = /\$\{\{([A-Z_]+)\}\}/g;
/** Fills the ${{NAME}} placeholders; an unknown or leftover one is an error, never shipped. */
function fillPlaceholders(template, inputs) {
    const values = { MICROSOFT_APP_ID: inputs.appId, BOT_DOMAIN: inputs.domain, APP_VERSION: inputs.version };
    return template.replace(PLACEHOLDER, (_match, name) => {
        const value = values[name];
        if (value === undefined)
            throw new Error(`manifest: unknown placeholder \${{${name}}}`);
        // Values go inside JSON strings: escape them as JSON would.
        return JSON.stringify(value).slice(1, -1);
    });
}
/**
 * @microsoft/app-manifest's validation against the schema it bundles (no
 * network for known versions). Loaded on first use: only packaging needs it,
 * and it pulls in ESM-only dependencies.
 */
const appManifestValidator = async (manifest) => {
    const { AppManifestUtils } = await Promise.resolve().then(() => __importStar(require('@microsoft/app-manifest')));
    return AppManifestUtils.validateAgainstSchema(manifest);
};
exports.appManifestValidator = appManifestValidator;
/** The manifest ready to ship, checked against its schema. */
async function buildManifest(manifestDir, inputs, validate = exports.appManifestValidator) {
    const manifest = JSON.parse(fillPlaceholders((0, node_fs_1.readFileSync)((0, node_path_1.join)(manifestDir, 'manifest.json'), 'utf8'), inputs));
    const problems = await validate(manifest);
    if (problems.length > 0)
        throw new Error(`manifest: does not match its schema:\n  ${problems.join('\n  ')}`);
    return manifest;
}
/** Writes the zip Teams Admin Center / Developer Portal accepts; resolves with its path. */
async function writeTeamsPackage(manifestDir, outFile, inputs, validate = exports.appManifestValidator) {
    const manifest = await buildManifest(manifestDir, inputs, validate);
    const zip = new jszip_1.default();
    zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
    for (const file of exports.PACKAGE_FILES.slice(1))
        zip.file(file, (0, node_fs_1.readFileSync)((0, node_path_1.join)(manifestDir, file)));
    const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(outFile), { recursive: true });
    (0, node_fs_1.writeFileSync)(outFile, content);
    return outFile;
}
//# sourceMappingURL=app-package.js.map