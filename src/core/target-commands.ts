/**
 * Target commands read from chat: goals of a named period ("chỉ tiêu năm 2024: …",
 * "target for January 2024: …") and progress ("tiến độ chỉ tiêu <tên>: 12").
 * Without a period the feature takes the meeting's. Part of core/commands.ts.
 */
import { matchAny, skipOptional, skipSeparators, textFrom, type Tokens } from './command-tokens';
import { parseTargetLine } from './meeting-notes';
import { readLeadingPeriod, startsWithBadPeriod, type TargetScope } from './period';

/** A target's period ("2024", "2024-01") when typed; without one the feature takes the meeting's. */
export type TargetCommand =
  | {
      name: 'target.progress';
      metric: string;
      mode: 'add' | 'set';
      amount: number;
      scope?: TargetScope;
      period?: string;
    }
  | { name: 'target.set'; scope: TargetScope; metric: string; goal: number; unit?: string; period?: string };

/** "chỉ tiêu: <tên> +3" adds progress; "chỉ tiêu 2024: <tên> = 60", "target for January 2024: …" set a goal of that period. */
export function targetProgressAfter(tokens: Tokens, next: number): TargetCommand | null {
  const text = textFrom(tokens, next);
  const named = readLeadingPeriod(text, { colon: true });
  if (named) return targetGoal(named.scope, named.rest, named.period);
  if (startsWithBadPeriod(text)) return null;
  // "chỉ tiêu năm: … +3" is a goal written wrongly, not progress on a target named "năm".
  if (matchAny(tokens, skipSeparators(tokens, next), ['năm', 'tháng', 'year', 'month'])) return null;
  const line = parseTargetLine(text);
  return line ? { name: 'target.progress', metric: line.metric, mode: line.mode, amount: line.amount } : null;
}

/** "tiến độ chỉ tiêu <tên>: 12", "tiến độ chỉ tiêu năm 2024: <tên> +2", "target progress: <name> = 12". */
export function progressAfter(tokens: Tokens, next: number): TargetCommand | null {
  const at = skipOptional(tokens, next, [['chỉ tiêu', 'target']]);
  const word = matchAny(tokens, at, ['năm', 'year', 'tháng', 'month']);
  const scope: TargetScope | undefined = word
    ? word.phrase === 'năm' || word.phrase === 'year'
      ? 'year'
      : 'month'
    : undefined;
  const text = textFrom(tokens, word ? word.next : at);
  const named = readLeadingPeriod(text, scope ? { scope } : {});
  if ((scope && !named && readLeadingPeriod(text)) || startsWithBadPeriod(text)) return null;
  const line = parseTargetLine(named ? named.rest : text);
  if (!line) return null;
  const progress = { name: 'target.progress', metric: line.metric, mode: line.mode, amount: line.amount } as const;
  if (named) return { ...progress, scope: named.scope, period: named.period };
  return scope ? { ...progress, scope } : progress;
}

function targetGoal(scope: TargetScope, text: string, period?: string): TargetCommand | null {
  const line = parseTargetLine(text);
  if (!line || line.mode !== 'set') return null;
  return {
    name: 'target.set',
    scope,
    metric: line.metric,
    goal: line.amount,
    ...(line.unit ? { unit: line.unit } : {}),
    ...(period ? { period } : {}),
  };
}

/** "chỉ tiêu năm [2024]: <tên> = 180 [đơn vị]", "chỉ tiêu tháng [1/2024]: …" set a goal; "+n" is not a goal. */
export function targetGoalAfter(scope: TargetScope): (tokens: Tokens, next: number) => TargetCommand | null {
  return (tokens, next) => {
    // "chỉ tiêu năm nay: …", "chỉ tiêu tháng này: …" name the meeting's own period.
    const text = textFrom(tokens, skipOptional(tokens, next, [['nay', 'này']]));
    const named = readLeadingPeriod(text, { scope });
    // A period of the other kind ("chỉ tiêu năm 1/2024") or none ("tháng 1: …") is a mistake, not part of the name.
    if (!named && (readLeadingPeriod(text) || startsWithBadPeriod(text))) return null;
    return named ? targetGoal(scope, named.rest, named.period) : targetGoal(scope, text);
  };
}
