/** The chat platforms the bot speaks on (a channel each); below every layer that names one (features, delivery, the outbox). */
export const PLATFORMS = ['teams', 'zalo', 'playground'] as const;
export type Platform = (typeof PLATFORMS)[number];
