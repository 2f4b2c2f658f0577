import { createTurnGate } from '../../src/channels/teams/turn-gate';

/** A piece of work that ends when the test says so. */
function deferred() {
  let finish = (): void => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { done, finish };
}

const turns = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the Teams turn gate', () => {
  it('runs at most the limit at once and starts the waiting ones in arrival order', async () => {
    const gate = createTurnGate(2);
    const started: number[] = [];
    const works = Array.from({ length: 5 }, () => deferred());
    const runs = works.map((work, i) =>
      gate.run(async () => {
        started.push(i);
        await work.done;
        return i;
      }),
    );
    await turns();
    expect(started).toEqual([0, 1]);
    expect(gate.load).toEqual({ running: 2, waiting: 3 });
    works[1]!.finish();
    await turns();
    expect(started).toEqual([0, 1, 2]);
    works[0]!.finish();
    works[2]!.finish();
    await turns();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    works[3]!.finish();
    works[4]!.finish();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('lets waiting presses go before waiting refreshes', async () => {
    const gate = createTurnGate(1);
    const started: string[] = [];
    const first = deferred();
    const running = gate.run(async () => {
      started.push('press 1');
      await first.done;
    });
    const queued = [
      gate.run(async () => void started.push('refresh 1'), 'refresh'),
      gate.run(async () => void started.push('press 2'), 'press'),
      gate.run(async () => void started.push('refresh 2'), 'refresh'),
      gate.run(async () => void started.push('press 3')),
    ];
    await turns();
    expect(gate.load).toEqual({ running: 1, waiting: 4 });
    first.finish();
    await Promise.all([running, ...queued]);
    expect(started).toEqual(['press 1', 'press 2', 'press 3', 'refresh 1', 'refresh 2']);
  });

  it('gives the slot of a turn that hangs back after the hold limit, and only once', async () => {
    const gate = createTurnGate(1, 20);
    const hung = deferred();
    const stuck = gate.run(() => hung.done);
    // Starts only once the hung turn's slot is given back.
    expect(await gate.run(() => Promise.resolve('next'))).toBe('next');
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
    hung.finish();
    await stuck;
    // The hung turn ending later does not free a second slot.
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
    const a = deferred();
    const first = gate.run(() => a.done);
    const second = gate.run(() => Promise.resolve('second'));
    await turns();
    expect(gate.load).toEqual({ running: 1, waiting: 1 });
    a.finish();
    await first;
    expect(await second).toBe('second');
  });

  it('gives the slot back when a turn fails', async () => {
    const gate = createTurnGate(1);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(() => Promise.resolve('next'))).toBe('next');
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => createTurnGate(0)).toThrow('positive integer');
    expect(() => createTurnGate(1.5)).toThrow('positive integer');
  });
});
