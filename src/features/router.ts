/**
 * Routes a turn to its action: a card press by its verb, typed text by the
 * command it parses to (core/commands.ts), which presses the same action with
 * the data the button would send. Both go through `Action.press`: the data
 * checked by the action's schema, then who may act (features/shared/who.ts),
 * then the handler. The actions are the feature tables (features/actions.ts).
 */
import { parseCommand, type Command } from '../core/commands';
import { DomainError, logDetail } from '../core/errors';
import type { CardVerb } from '../cards/view-models';
import { actionOf, actionOfCommand } from './actions';
import type { FeatureContext } from './shared/context';
import type { TurnResult } from './turn';
import { welcome } from './setup/welcome';

export async function routeCommand(ctx: FeatureContext, command: Command): Promise<TurnResult> {
  const action = actionOfCommand(command.name);
  // Unreachable while the tables' test holds (every command has an action); a refusal rather than a crash.
  if (!action) throw new DomainError('input.invalid', logDetail(command.name));
  return action.press(ctx, action.dataOf(command));
}

export async function routeCardAction(ctx: FeatureContext, verb: CardVerb, data: unknown): Promise<TurnResult> {
  const action = actionOf(verb);
  if (!action) throw new DomainError('input.invalid', logDetail(verb));
  return action.press(ctx, data);
}

export async function route(ctx: FeatureContext): Promise<TurnResult> {
  const event = ctx.turn.event;
  switch (event.kind) {
    case 'message':
      return routeCommand(ctx, parseCommand(event.text));
    case 'card.action':
      return routeCardAction(ctx, event.verb, event.data);
    case 'conversation.installed':
      return welcome(ctx);
  }
}
