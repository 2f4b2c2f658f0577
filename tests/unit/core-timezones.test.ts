import { DomainError } from '../../src/core/errors';
import { timezoneLabel, utcOffsetLabel } from '../../src/core/timezones';

const winter = new Date('2026-01-15T00:00:00Z');
const summer = new Date('2026-07-15T00:00:00Z');

describe('time zone wording', () => {
  it('names a listed zone by its label, never by its id', () => {
    expect(timezoneLabel('Asia/Ho_Chi_Minh', 'vi', winter)).toBe('Giờ Việt Nam (UTC+7)');
    expect(timezoneLabel('asia/ho_chi_minh', 'en', winter)).toBe('Viet Nam time (UTC+7)');
  });

  it('shows a zone outside the list as its offset on the given date', () => {
    expect(timezoneLabel('Asia/Kolkata', 'vi', winter)).toBe('Múi giờ khác (UTC+5:30)');
    expect(timezoneLabel('UTC', 'en', winter)).toBe('Another timezone (UTC)');
    expect(utcOffsetLabel('Europe/Berlin', winter)).toBe('UTC+1');
    expect(utcOffsetLabel('Europe/Berlin', summer)).toBe('UTC+2');
    expect(utcOffsetLabel('America/New_York', winter)).toBe('UTC-5');
  });

  it('names a value that is no zone without throwing, and refuses it as an offset', () => {
    expect(timezoneLabel('Mars/Olympus', 'vi', winter)).toBe('Múi giờ khác');
    expect(timezoneLabel('', 'en', winter)).toBe('Another timezone');
    expect(() => utcOffsetLabel('Mars/Olympus', winter)).toThrow(DomainError);
  });
});
