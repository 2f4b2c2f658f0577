/**
 * The card templates (the repository's top-level cards/ folder), read and
 * prepared once when this module loads, so rendering does no I/O.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Template } from 'adaptivecards-templating';
import type { TemplateView } from './view-models';

type TemplateViewType = TemplateView['type'];

/** Template file of each view type, relative to cards/. */
export const TEMPLATE_FILES: Readonly<Record<TemplateViewType, string>> = {
  message: 'message.json',
  help: 'help.json',
  'meeting.form': 'meeting-form.json',
  notice: 'notice.json',
  rollcall: 'rollcall.json',
  vote: 'vote.json',
  summary: 'summary.json',
  roster: 'roster.json',
  'setup.form': 'setup-form.json',
  'setup.roster': 'setup-roster.json',
};

/**
 * The directory holding package.json, walking up from here: src/cards under
 * jest, dist/src/cards after tsc.
 */
export function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cards: no package.json above ${start}`);
    dir = parent;
  }
}

export const CARDS_DIR = join(findProjectRoot(__dirname), 'cards');

function loadTemplate(file: string): Template {
  const path = join(CARDS_DIR, file);
  try {
    return new Template(JSON.parse(readFileSync(path, 'utf8')) as unknown);
  } catch (error) {
    throw new Error(`cards: cannot load template ${path}: ${(error as Error).message}`, { cause: error });
  }
}

function loadAll(): Readonly<Record<TemplateViewType, Template>> {
  const entries = Object.entries(TEMPLATE_FILES).map(([type, file]) => [type, loadTemplate(file)] as const);
  return Object.freeze(Object.fromEntries(entries) as Record<TemplateViewType, Template>);
}

/**
 * Prepared once. A Template keeps per-expansion state on itself, but expand()
 * is synchronous, so two turns can never interleave inside one.
 */
const TEMPLATES = loadAll();

/** Expands the template of a view type with already-shaped data (src/cards/data). */
export function expandTemplate(type: TemplateViewType, data: object): unknown {
  return TEMPLATES[type].expand({ $root: data });
}
