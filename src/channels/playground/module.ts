/** The playground as composition registers it (src/channels/registry.ts): on when PLAYGROUND_ENABLED (development). */
import type { ChannelFactory, ChannelModule } from '../module';
import { PLAYGROUND } from './accounts';
import { createPlaygroundRoutes } from './index';

export const playgroundChannel: ChannelFactory<ChannelModule> = {
  platform: PLAYGROUND,
  // Its page shows every reply and refresh itself: nothing to send later, nothing to hear from other channels.
  create: ({ config, bot, db, clock }) =>
    config.playgroundEnabled
      ? { platform: PLAYGROUND, routes: [createPlaygroundRoutes({ bot, db, clock })] }
      : undefined,
};
