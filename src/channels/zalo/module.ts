/** The Zalo channel as composition registers it (src/channels/registry.ts): on when the ZALO_* credentials are set. */
import type { ChannelFactory } from '../module';
import { createZaloChannel, type ZaloChannel } from './index';

export const zaloChannel: ChannelFactory<ZaloChannel> = {
  platform: 'zalo',
  create: ({ overrides: _overrides, ...env }) =>
    env.config.zalo === undefined ? undefined : createZaloChannel({ ...env, instanceId: env.config.instanceId }),
};
