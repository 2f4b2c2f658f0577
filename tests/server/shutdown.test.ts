/**
 * The process as a process manager sees it: the real entry point in a child
 * process receives a burst of vote presses over HTTP and a signal mid-burst.
 * SIGTERM: every press whose bytes were sent before the signal is answered
 * (none reset), and every ballot a press was told about is stored. SIGKILL:
 * nothing that was acknowledged is lost.
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBenchWorld, voteInvoke, type BenchWorld } from '../../bench/vote-burst-setup';
import { openDatabase } from '../../src/store/database';
import { startChildApp, type ChildApp } from '../support/child-app';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connector-stand-in';

/**
 * A burst the process answers well within its grace period. The grace is set
 * long (SHUTDOWN_GRACE_SECONDS) so that a loaded CI machine, slow as it may be,
 * tests the drain and not its own speed; the first press warms the process up.
 */
const MEMBERS = 61;
const WAVE = 10;
const WAVE_EVERY_MS = 10;

interface Press {
  readonly member: BenchWorld['members'][number];
  sentAt?: number;
  status?: number;
  acknowledged?: boolean;
  error?: string;
}

/** One press on a connection of its own (as many Teams front ends would open), recording when its bytes left. */
function press(url: URL, body: object, into: Press): Promise<void> {
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path: '/api/messages',
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
    });
    req.on('finish', () => (into.sentAt = performance.now()));
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        into.status = res.statusCode ?? 0;
        into.acknowledged =
          res.statusCode === 200 &&
          (JSON.parse(text) as { type?: string }).type === 'application/vnd.microsoft.card.adaptive';
        resolve();
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      into.error = error.code ?? error.message;
      resolve();
    });
    req.end(payload);
  });
}

/** When to signal: once this many presses are on the wire, or once this many are acknowledged. */
type Trigger = { readonly sent: number } | { readonly acknowledged: number };

function triggered(presses: readonly Press[], trigger: Trigger): boolean {
  if ('sent' in trigger) return presses.filter((p) => p.sentAt !== undefined).length >= trigger.sent;
  return presses.filter((p) => p.acknowledged === true).length >= trigger.acknowledged;
}

/** Sends every member's press in waves and signals the process on `trigger`; returns the presses on the wire then. */
async function burstWithSignal(
  child: ChildApp,
  world: BenchWorld,
  serviceUrl: string,
  trigger: Trigger,
  signal: () => void,
): Promise<{ presses: Press[]; beforeSignal: Press[] }> {
  const url = new URL(child.url);
  const [first, ...members] = world.members;
  if (first === undefined) throw new Error('no members');
  // The first turn of a fresh process loads and compiles most of the code: not part of the burst.
  await press(url, { ...voteInvoke(first.aadObjectId, 0, world.motionId), serviceUrl }, { member: first });
  const presses: Press[] = members.map((member) => ({ member }));
  const done: Promise<void>[] = [];
  let beforeSignal: Press[] | undefined;
  const signalIfDue = (): void => {
    if (beforeSignal !== undefined || !triggered(presses, trigger)) return;
    beforeSignal = presses.filter((p) => p.sentAt !== undefined);
    signal();
  };
  for (let start = 0; start < presses.length; start += WAVE) {
    for (const [offset, entry] of presses.slice(start, start + WAVE).entries()) {
      const body = { ...voteInvoke(entry.member.aadObjectId, start + offset + 1, world.motionId), serviceUrl };
      done.push(press(url, body, entry).then(signalIfDue));
    }
    await new Promise((resolve) => setTimeout(resolve, WAVE_EVERY_MS));
    signalIfDue();
  }
  await Promise.all(done);
  if (beforeSignal === undefined) throw new Error('the burst ended before the signal');
  return { presses, beforeSignal };
}

async function storedVoters(databaseUrl: string, motionId: string): Promise<Set<string>> {
  const db = await openDatabase(databaseUrl);
  try {
    const ballots = await db.prisma.ballot.findMany({ where: { motionId }, select: { memberId: true } });
    return new Set(ballots.map((b) => b.memberId));
  } finally {
    await db.close();
  }
}

describe('a signal in the middle of a vote burst (the real process)', () => {
  let dir: string;
  let databaseUrl: string;
  let connector: ConnectorStandIn;
  let world: BenchWorld;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chibo-shutdown-'));
    databaseUrl = `file:${join(dir, 'chibo.db')}`;
    connector = await startConnectorStandIn();
    const db = await openDatabase(databaseUrl);
    try {
      world = await createBenchWorld(db, MEMBERS, new Date(), connector.serviceUrl);
    } finally {
      await db.close();
    }
  });

  afterEach(async () => {
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('SIGTERM: every press sent before the signal is answered, none reset, and every acknowledged ballot is stored', async () => {
    const child = await startChildApp({ DATABASE_URL: databaseUrl, SHUTDOWN_GRACE_SECONDS: '60' });
    const { presses, beforeSignal } = await burstWithSignal(child, world, connector.serviceUrl, { sent: 20 }, () =>
      child.process.kill('SIGTERM'),
    );
    const exit = await child.exited;

    expect(beforeSignal.length).toBeGreaterThanOrEqual(20);
    expect(beforeSignal.filter((p) => p.error !== undefined).map((p) => p.error)).toEqual([]);
    expect(beforeSignal.filter((p) => p.acknowledged !== true)).toHaveLength(0);
    expect(exit).toEqual({ code: 0, signal: null });
    const stored = await storedVoters(databaseUrl, world.motionId);
    const acknowledged = presses.filter((p) => p.acknowledged === true);
    expect(acknowledged.filter((p) => !stored.has(p.member.id))).toHaveLength(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(beforeSignal.length);
  }, 120_000);

  it('SIGKILL: nothing acknowledged is lost', async () => {
    const child = await startChildApp({ DATABASE_URL: databaseUrl });
    const { presses } = await burstWithSignal(child, world, connector.serviceUrl, { acknowledged: 10 }, () =>
      child.process.kill('SIGKILL'),
    );
    expect(await child.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const stored = await storedVoters(databaseUrl, world.motionId);
    const acknowledged = presses.filter((p) => p.acknowledged === true);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.filter((p) => !stored.has(p.member.id))).toHaveLength(0);
  }, 120_000);
});
