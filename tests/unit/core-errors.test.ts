import { DOMAIN_ERRORS, DomainError, isDomainError, type DomainErrorCode } from '../../src/core/errors';

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

  it('appends the detail', () => {
    const error = new DomainError('input.invalid', 'timeZone Mars/Olympus');
    expect(error.message).toBe('input.invalid: timeZone Mars/Olympus');
    expect(error.userMessage('en')).toBe('The submitted data is not valid. (timeZone Mars/Olympus)');
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
