/**
 * The Teams side of the tab: initialise teams-js with a short timeout (inside a
 * non-Teams frame it would wait 60 s), then read the context. Without Teams
 * single sign-on the context is a hint, never proof of identity: the data is
 * fetched only with a signed token, which may come in the Teams deep link
 * (subPageId) the bot sends.
 */
import { app } from '@microsoft/teams-js';

export interface TeamsInfo {
  readonly theme: string;
  readonly userId: string;
  readonly userName: string;
  readonly conversation: string;
  /** The signed token carried by the bot's deep link, if any. */
  readonly token: string;
}

const TIMEOUT_MS = 2500;

function timeout(ms: number): Promise<never> {
  return new Promise((_resolve, reject) => setTimeout(() => reject(new Error('teams-js: no host answered')), ms));
}

/** The Teams context, or null when the page is not hosted by Teams. */
export async function readTeamsContext(): Promise<TeamsInfo | null> {
  try {
    await Promise.race([app.initialize(), timeout(TIMEOUT_MS)]);
    const context = await Promise.race([app.getContext(), timeout(TIMEOUT_MS)]);
    app.notifySuccess();
    return {
      theme: context.app.theme || 'default',
      userId: context.user?.id ?? '',
      userName: context.user?.userPrincipalName ?? '',
      conversation: context.chat?.id ?? context.channel?.displayName ?? context.channel?.id ?? '',
      token: context.page.subPageId ?? '',
    };
  } catch (error) {
    // Outside Teams this is the expected path: the page falls back to its signed link.
    console.info('chibo tab: not in Teams –', error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** Follows the Teams theme while the tab is open. */
export function onThemeChange(apply: (theme: string) => void): void {
  try {
    app.registerOnThemeChangeHandler(apply);
  } catch (error) {
    console.info('chibo tab: theme handler unavailable –', error instanceof Error ? error.message : String(error));
  }
}
