/**
 * One action: a verb, who may press it, the zod schema of its data, the text
 * commands that press it too, its help lines, and its handler. Each feature
 * lists its actions in its own `actions.ts`; the router, the verbs channels
 * accept and the help card are read from those tables (features/actions.ts).
 * Text is just another way to press: a parsed command becomes the data the
 * button would send, validated by the same schema.
 */
import type { z } from 'zod';
import type { CardVerb } from '../../cards/view-models';
import type { Command } from '../../core/commands';
import { DomainError, logDetail } from '../../core/errors';
import type { TurnResult } from '../turn';
import { formFields } from './action-fields';
import type { FeatureContext } from './context';
import { admit, type ContextFor, type Who } from './who';

export type CommandName = Command['name'];
type CommandNamed<N extends CommandName> = Extract<Command, { name: N }>;

/** One line of the help card: the command as typed (Vietnamese, English alias) and what it does. */
export interface HelpLine {
  /** Where the line stands on the card (ascending), in the order a meeting uses the commands. */
  readonly rank: number;
  readonly command: string;
  readonly alias: string;
  readonly vi: string;
  readonly en: string;
}

/** An action the help card does not list, and why. */
export interface Unlisted {
  readonly unlisted: string;
}

/** A help line as the card lists it: committee-only when the action's `who` is committee work. */
export interface CommandHelp extends Omit<HelpLine, 'rank'> {
  readonly committeeOnly: boolean;
}

/** The ids of a press, whatever else its data holds. */
export interface PressIds {
  readonly motionId?: string;
  readonly meetingId?: string;
}

function pressIds(data: unknown): PressIds {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const idOf = (name: string): string | undefined => {
    const value = record[name];
    return typeof value === 'string' && /^[\w-]{1,64}$/.test(value) ? value : undefined;
  };
  const [motionId, meetingId] = [idOf('motionId'), idOf('meetingId')];
  return { ...(motionId === undefined ? {} : { motionId }), ...(meetingId === undefined ? {} : { meetingId }) };
}

/** Drops undefined so optional fields stay absent (exactOptionalPropertyTypes). */
export type Defined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

export interface ActionSpec<V extends CardVerb, W extends Who, S extends z.ZodType> {
  readonly verb: V;
  readonly who: W;
  readonly schema: S;
  /** The text commands (core/commands.ts) that press this action, and the data each sends. */
  readonly commands?: { readonly [N in CommandName]?: (command: CommandNamed<N>) => z.input<S> };
  /** Its lines on the help card, or why it has none (a button of a card, a phrase another line shows). */
  readonly help: readonly HelpLine[] | Unlisted;
  /** The shared card (its key) this verb is pressed on, from the ids the press carries: a refusal answers with it. */
  readonly pressedOn?: (ids: PressIds) => string | undefined;
  readonly handle: (ctx: ContextFor<W>, data: Defined<z.output<S>>) => Promise<TurnResult> | TurnResult;
}

/** An action as the dispatcher sees it: its types were checked where it was defined. */
export interface Action {
  readonly verb: CardVerb;
  readonly who: Who;
  readonly schema: z.ZodType;
  readonly commands: readonly CommandName[];
  readonly help: readonly HelpLine[] | Unlisted;
  /** The shared card this press came from, if the verb is pressed on one (read leniently: a refused press too). */
  pressedCard(data: unknown): string | undefined;
  /** The data the text command would have sent as a press. */
  dataOf(command: Command): unknown;
  /** Validates the data, admits the actor (the refusal, once, for every action) and runs the handler. */
  press(ctx: FeatureContext, data: unknown): Promise<TurnResult>;
}

/** Card payloads are untrusted input: a bad payload is the user's error, named, never a crash. */
export function parseActionData<S extends z.ZodType>(verb: string, schema: S, data: unknown): Defined<z.output<S>> {
  // A form's fields are read by its feature, as they came (features/meetings, features/setup).
  if ((schema as z.ZodType) === formFields) return data as Defined<z.output<S>>;
  const parsed = schema.safeParse(data ?? {});
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.') || verb).join(', ');
    throw new DomainError('input.invalid', logDetail(fields));
  }
  const value = parsed.data;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value as Defined<z.output<S>>;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Defined<z.output<S>>;
}

export function defineAction<V extends CardVerb, W extends Who, S extends z.ZodType>(
  spec: ActionSpec<V, W, S>,
): Action {
  const toData = (spec.commands ?? {}) as Partial<Record<CommandName, (command: Command) => unknown>>;
  return {
    verb: spec.verb,
    who: spec.who,
    schema: spec.schema,
    commands: Object.keys(toData) as CommandName[],
    help: spec.help,
    pressedCard: (data) => spec.pressedOn?.(pressIds(data)),
    dataOf: (command) => toData[command.name]?.(command) ?? {},
    press: async (ctx, data) => {
      // The data first, as before: a malformed press is named whoever sends it.
      const input = parseActionData(spec.verb, spec.schema, data);
      return spec.handle(await admit(ctx, spec.who), input);
    },
  };
}
