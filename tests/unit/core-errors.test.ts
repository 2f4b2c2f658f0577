import {
  DOMAIN_ERRORS,
  DomainError,
  isDomainError,
  localDetail,
  logDetail,
  type DomainErrorCode,
} from '../../src/core/errors';
import { assertOpenableInChat } from '../../src/core/voting';
import { SECRET_BALLOT_KINDS } from '../../src/core/types';

const CODES = Object.keys(DOMAIN_ERRORS) as DomainErrorCode[];

describe('DOMAIN_ERRORS', () => {
  it.each(CODES)('%s has formal wording in both languages', (code) => {
    const { vi, en } = DOMAIN_ERRORS[code];
    expect(vi.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(vi).not.toMatch(/\bbạn\b/iu);
    expect(`${vi} ${en}`).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});

describe('DomainError', () => {
  it('carries its code and renders the user message in the asked language', () => {
    const error = new DomainError('motion.secret_ballot');
    expect(error.code).toBe('motion.secret_ballot');
    expect(error.message).toBe('motion.secret_ballot');
    expect(error.userMessage('vi')).toBe(DOMAIN_ERRORS['motion.secret_ballot'].vi);
    expect(error.userMessage('en')).toBe(DOMAIN_ERRORS['motion.secret_ballot'].en);
  });

  it("appends a plain detail (the user's own words) as it is", () => {
    const error = new DomainError('rsvp.venue_unknown', 'Nhà máy Bình Dương');
    expect(error.message).toBe('rsvp.venue_unknown: Nhà máy Bình Dương');
    expect(error.userMessage('vi')).toBe(`${DOMAIN_ERRORS['rsvp.venue_unknown'].vi} (Nhà máy Bình Dương)`);
  });

  it('appends a detail in the asked language', () => {
    const error = new DomainError('meeting.invalid', localDetail('chủ trì / thư ký', 'chair / minute-taker'));
    expect(error.userMessage('vi')).toBe('Thông tin kỳ sinh hoạt chưa hợp lệ. (chủ trì / thư ký)');
    expect(error.userMessage('en')).toBe('The meeting details are not valid. (chair / minute-taker)');
  });

  it('keeps a log-only detail out of the user message', () => {
    const error = new DomainError('input.invalid', logDetail('timeZone Mars/Olympus'));
    expect(error.message).toBe('input.invalid: timeZone Mars/Olympus');
    expect(error.userMessage('vi')).toBe(DOMAIN_ERRORS['input.invalid'].vi);
    expect(error.userMessage('en')).toBe(DOMAIN_ERRORS['input.invalid'].en);
  });

  it.each(SECRET_BALLOT_KINDS)('refuses a %s ballot naming the matter in Vietnamese, no English word', (kind) => {
    let refusal: unknown;
    try {
      assertOpenableInChat(kind);
    } catch (error) {
      refusal = error;
    }
    if (!isDomainError(refusal)) throw new Error('expected a refusal');
    const vi = refusal.userMessage('vi');
    expect(vi).toMatch(/\(nội dung (bầu cử|kỷ luật|nhân sự)\)$/u);
    expect(vi).not.toMatch(/election|discipline|personnel/u);
    expect(refusal.userMessage('en')).toMatch(/\((an election|a discipline matter|a personnel matter)\)$/u);
  });

  it.each<[unknown, boolean]>([
    [new DomainError('member.unknown'), true],
    [new Error('member.unknown'), false],
    [{ code: 'member.unknown' }, false],
    [null, false],
  ])('isDomainError(%p) = %s', (value, expected) => {
    expect(isDomainError(value)).toBe(expected);
  });
});
