/**
 * Every channel the app runs, one line each: adding a channel is its folder
 * (with a ChannelFactory, module.ts) and one line here.
 */
import type { ChannelFactory } from './module';
import { playgroundChannel } from './playground/module';
import { teamsChannel } from './teams/module';
import { zaloChannel } from './zalo/module';

export const CHANNEL_REGISTRY: readonly ChannelFactory[] = [teamsChannel, zaloChannel, playgroundChannel];
