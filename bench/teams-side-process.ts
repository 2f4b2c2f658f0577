/** The bench's handle on the Teams side (bench/teams-side.ts), running as a child process. */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { AnswerCheck, BurstFigures, ChildMessage, ParentMessage, RefreshFigures } from './teams-side';
import type { TeamsClientsTarget } from './vote-burst-clients';

export interface TeamsSide {
  /** Starts the stand-in Bot Connector (for `--refreshers`); its URL goes in the activities' serviceUrl. */
  startConnector(): Promise<string>;
  setTarget(target: TeamsClientsTarget): Promise<void>;
  /** `atMs`: when each body is sent, ms after the start (default: spread evenly over one second). */
  burst(url: string, bodies: readonly object[], check: AnswerCheck, atMs?: readonly number[]): Promise<BurstFigures>;
  /** Waits for every refresh started so far; the refresh figures. */
  settle(): Promise<RefreshFigures>;
  close(): void;
}

type Reply<T extends ChildMessage['type']> = Extract<ChildMessage, { type: T }>;

export function startTeamsSide(): TeamsSide {
  const child: ChildProcess = fork(join(__dirname, 'teams-side.js'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = <T extends ChildMessage['type']>(message: ParentMessage, answer: T): Promise<Reply<T>> =>
    new Promise((resolve, reject) => {
      const onMessage = (reply: ChildMessage): void => {
        if (reply.type !== answer) return;
        cleanUp();
        resolve(reply as Reply<T>);
      };
      const onExit = (code: number | null): void => {
        cleanUp();
        reject(new Error(`the Teams side exited (code ${code}) before answering ${message.type}`));
      };
      const cleanUp = (): void => {
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send(message);
    });
  return {
    startConnector: async () => (await ask({ type: 'start-connector' }, 'connector')).url,
    setTarget: async (target) => void (await ask({ type: 'target', target }, 'target-set')),
    burst: async (url, bodies, check, atMs) =>
      (await ask({ type: 'burst', url, bodies, check, ...(atMs === undefined ? {} : { atMs }) }, 'burst-done')).figures,
    settle: async () => (await ask({ type: 'settle' }, 'settled')).figures,
    close: () => void child.kill(),
  };
}
