import { signLink, verifyLink } from '../../src/web/signed-links';

const secret = 'x'.repeat(40);
const now = new Date('2025-09-05T07:00:00Z');
const claims = { purpose: 'vote' as const, memberId: 'member-1', subjectId: 'motion-1' };

describe('signed links', () => {
  it('accepts its own token before expiry and returns the bound member', () => {
    const token = signLink(secret, claims, now, 60_000);
    expect(verifyLink(secret, token, new Date(now.getTime() + 59_000), 'vote')).toMatchObject({
      ok: true,
      claims: { memberId: 'member-1', subjectId: 'motion-1' },
    });
  });
  it('refuses an expired token', () => {
    const token = signLink(secret, claims, now, 60_000);
    expect(verifyLink(secret, token, new Date(now.getTime() + 60_000), 'vote')).toEqual({
      ok: false,
      reason: 'expired',
    });
  });
  it('refuses a token signed with another key, or edited', () => {
    const token = signLink(secret, claims, now, 60_000);
    expect(verifyLink('y'.repeat(40), token, now, 'vote')).toEqual({ ok: false, reason: 'bad_signature' });
    const [body, sig] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString()), m: 'member-2' }),
    ).toString('base64url');
    expect(verifyLink(secret, `${forged}.${sig}`, now, 'vote')).toEqual({ ok: false, reason: 'bad_signature' });
  });
  it('refuses a token used for another purpose, and garbage', () => {
    const token = signLink(secret, claims, now, 60_000);
    expect(verifyLink(secret, token, now, 'dashboard')).toEqual({ ok: false, reason: 'wrong_purpose' });
    for (const junk of ['', 'a', 'a.b.c', '..', `${'a'.repeat(2000)}.b`])
      expect(verifyLink(secret, junk, now, 'vote').ok).toBe(false);
  });
});
