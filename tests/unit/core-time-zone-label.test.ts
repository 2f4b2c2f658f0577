import { DomainError } from '../../src/core/errors';
import { timeZoneLabel, utcOffsetLabel } from '../../src/core/time-zone-label';

const winter = new Date('2026-01-15T00:00:00Z');
const summer = new Date('2026-07-15T00:00:00Z');

describe('time zone wording', () => {
  it('names Vietnam time and its offset, never the zone id', () => {
    expect(timeZoneLabel('Asia/Ho_Chi_Minh', winter, 'vi')).toBe('giờ Việt Nam, UTC+7');
    expect(timeZoneLabel('Asia/Ho_Chi_Minh', winter, 'en')).toBe('Vietnam time, UTC+7');
    expect(timeZoneLabel('Asia/Saigon', summer, 'vi')).toBe('giờ Việt Nam, UTC+7');
  });

  it('shows other zones as their offset on the given date', () => {
    expect(timeZoneLabel('Asia/Kolkata', winter, 'vi')).toBe('UTC+5:30');
    expect(timeZoneLabel('UTC', winter, 'en')).toBe('UTC');
    expect(utcOffsetLabel('Europe/Berlin', winter)).toBe('UTC+1');
    expect(utcOffsetLabel('Europe/Berlin', summer)).toBe('UTC+2');
    expect(utcOffsetLabel('America/New_York', winter)).toBe('UTC-5');
  });

  it('rejects an unknown zone as bad input', () => {
    expect(() => timeZoneLabel('Mars/Olympus', winter, 'vi')).toThrow(DomainError);
  });
});
