/** The small ports features talk to besides the store (the types live in core/ports.ts, below the scheduler too). */
import type { Clock } from '../core/ports';

export type { Clock, Logger } from '../core/ports';

export const systemClock: Clock = { now: () => new Date() };
