/**
 * Checks for rendered cards: the official Adaptive Card 1.5 JSON schema (ajv),
 * the adaptivecards parser itself (its UMD bundle runs in Node without a DOM),
 * and small walkers over the JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { findProjectRoot } from '../../src/cards/templates';

type Json = Record<string, unknown>;

const ROOT = findProjectRoot(__dirname);

/** A copy inside the repo wins; the shared reference folder next to it is the fallback. */
const SCHEMA_CANDIDATES = [
  join(ROOT, 'tests', 'support', 'adaptive-card-schema', 'adaptive-card-1.5.json'),
  join(ROOT, '..', 'shared', 'reference', 'adaptive-card-schema', 'adaptive-card-1.5.json'),
];

function loadSchema(): Json {
  const path = SCHEMA_CANDIDATES.find((candidate) => existsSync(candidate));
  if (path === undefined) throw new Error(`Adaptive Card 1.5 schema not found in ${SCHEMA_CANDIDATES.join(' or ')}`);
  const { id, ...schema } = JSON.parse(readFileSync(path, 'utf8')) as Json;
  // The official file names itself with draft-04's `id`, which ajv 8 rejects.
  return typeof id === 'string' ? { ...schema, $id: id } : schema;
}

function compileSchema(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'https://base.invalid/'));
  return ajv.compile(loadSchema());
}

let validator: ValidateFunction | undefined;

/** Schema violations of a card ([] when valid). */
export function schemaErrors(card: unknown): string[] {
  validator ??= compileSchema();
  if (validator(card)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

// Loaded outside jest's module registry: the published ESM build cannot be required.
const AC = createRequire(__filename)('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

/** What the adaptivecards parser reports: parse events (unknown types, bad values) and validation (duplicate ids). */
export function parserIssues(card: unknown): string[] {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const issues: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    issues.push(`parse ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) {
    issues.push(`validate ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  return issues;
}

/** Every JSON object in the card, depth first (actions inside ShowCards included). */
export function objectsOf(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(objectsOf);
  if (typeof node !== 'object' || node === null) return [];
  return [node as Json, ...Object.values(node).flatMap(objectsOf)];
}

export function ofType(card: unknown, type: string): Json[] {
  return objectsOf(card).filter((object) => object['type'] === type);
}

export interface ExecuteAction {
  readonly title: string;
  readonly verb: string;
  readonly data: Record<string, unknown>;
  readonly associatedInputs: string | undefined;
  readonly style: string | undefined;
}

export function executeActions(card: unknown): ExecuteAction[] {
  return ofType(card, 'Action.Execute').map((action) => ({
    title: String(action['title']),
    verb: String(action['verb']),
    data: (action['data'] ?? {}) as Record<string, unknown>,
    associatedInputs: action['associatedInputs'] as string | undefined,
    style: action['style'] as string | undefined,
  }));
}

export function executeTitled(card: unknown, title: string): ExecuteAction | undefined {
  return executeActions(card).find((action) => action.title === title);
}

/** Top-level and ShowCard button titles. */
export function buttonTitles(card: unknown): string[] {
  return objectsOf(card)
    .filter(
      (object) =>
        typeof object['type'] === 'string' && (object['type'] as string).startsWith('Action.') && 'title' in object,
    )
    .filter((object) => object['type'] !== 'Action.OpenUrl')
    .map((object) => String(object['title']));
}

export function inputById(card: unknown, id: string): Json | undefined {
  return objectsOf(card).find(
    (object) =>
      typeof object['type'] === 'string' && (object['type'] as string).startsWith('Input.') && object['id'] === id,
  );
}

/** Every visible string of the card joined by newlines (texts, titles, labels, facts, choices). */
export function visibleText(card: unknown): string {
  const keys = ['text', 'title', 'label', 'placeholder', 'errorMessage', 'value'];
  return objectsOf(card)
    .flatMap((object) => keys.map((key) => object[key]))
    .filter((value): value is string => typeof value === 'string')
    .join('\n');
}

/** UTF-8 size of the card as it goes over the wire. */
export function cardBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** Keys a card action's data may carry: ids of things (a meeting, a motion, the form shown) and the choice made, never who acts. */
export const ALLOWED_DATA_KEYS = ['meetingId', 'motionId', 'answer', 'choice', 'title', 'kind', 'page', 'formKey'];
