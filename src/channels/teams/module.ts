/** The Teams channel as composition registers it (src/channels/registry.ts). */
import type { ChannelFactory } from '../module';
import { createTeamsChannel, type TeamsChannel } from './index';

export const teamsChannel: ChannelFactory<TeamsChannel> = {
  platform: 'teams',
  create: ({ overrides, ...env }) =>
    createTeamsChannel({
      ...env,
      ...(overrides.teamsAuthEndpoints === undefined ? {} : { authEndpoints: overrides.teamsAuthEndpoints }),
      ...(overrides.teamsAuthTimeoutMs === undefined ? {} : { authTimeoutMs: overrides.teamsAuthTimeoutMs }),
      ...(overrides.teamsSendTimeoutMs === undefined ? {} : { sendTimeoutMs: overrides.teamsSendTimeoutMs }),
    }),
};
