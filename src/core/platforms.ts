/**
 * The chat platforms a member's account and a conversation belong to (ChannelAccount,
 * Conversation). Names only: what each platform does lives in its channel.
 */
export const PLATFORMS = ['teams', 'zalo', 'playground'] as const;
export type Platform = (typeof PLATFORMS)[number];
