/**
 * The data boundary between view models and card templates. Builders give the
 * templates only strings, booleans and arrays, with every field defined: the
 * templating library silently prints `${path}` for a missing or null field, and
 * numbers bound to a `text` would break the schema.
 *
 * Member-entered text (names, reasons, comments, agenda, venues) is never
 * escaped here: templates put it in `TextRun`s, which hosts do not parse as
 * markdown, and the library substitutes data values without evaluating any
 * `${…}` inside them (tests/unit/cards-safety.test.ts pins both).
 */
import type { Locale } from '../../core/types';
import type { CardAction } from '../view-models';
import { labelsFor, type Labels } from '../labels';

/**
 * What every template receives: the fixed words of its locale (`$root.l`).
 * Cards carry no `lang`: adaptivecards 3.0.6 checks it with a global regex whose
 * state makes every other parse report it invalid (playground and tests).
 */
export interface BaseData {
  readonly l: Labels;
}

export function baseData(locale: Locale): BaseData {
  return { l: labelsFor(locale) };
}

/** A "Label: value" line; the value is member text, shown literally. */
export interface LabelledLine {
  readonly label: string;
  readonly value: string;
}

/** A FactSet row (fixed words and numbers only: Fact values are parsed as markdown). */
export interface Fact {
  readonly title: string;
  readonly value: string;
}

/** A button built from a view's CardAction. */
export interface ActionData {
  readonly title: string;
  readonly verb: string;
  readonly data: Readonly<Record<string, string>>;
  readonly style: string;
}

/**
 * Splits free text into display lines. Hosts treat a newline inside a TextRun
 * differently, so each line becomes its own block.
 */
export function textLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim().length > 0);
}

export function linesOf(texts: readonly string[]): string[] {
  return texts.flatMap(textLines);
}

/**
 * Only absolute http(s) links become Action.OpenUrl: a stored `javascript:` or
 * relative link would otherwise open from a trusted-looking card. '' = no link.
 */
export function safeUrl(url: string | undefined): string {
  if (url === undefined) return '';
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : '';
  } catch {
    return ''; // not a URL: the title is shown without a link
  }
}

/** A view's CardAction as template data (`default` style when none is set). */
export function actionData(action: CardAction): ActionData {
  return { title: action.title, verb: action.verb, data: { ...action.data }, style: action.style ?? 'default' };
}
