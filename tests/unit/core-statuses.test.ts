import {
  isCommittee,
  isCountedInTotal,
  isInvited,
  matchRoleStrict,
  matchStatusStrict,
  parseRole,
  parseStatus,
  roleLabel,
  statusLabel,
} from '../../src/core/statuses';
import { MEMBER_ROLES, MEMBER_STATUSES, type MemberRole, type MemberStatus } from '../../src/core/types';

describe('statusLabel', () => {
  it.each<[MemberStatus, string, string]>([
    ['official', 'chính thức', 'official'],
    ['probationary', 'dự bị', 'probationary'],
    ['exempt', 'miễn công tác và sinh hoạt đảng', 'exempt from party work and activities'],
    ['attached_in', 'sinh hoạt tạm thời đến', 'temporarily attached here'],
    ['attached_out', 'sinh hoạt tạm thời đi', 'temporarily attached elsewhere'],
    ['suspended', 'đình chỉ sinh hoạt', 'suspended'],
  ])('%s → %j / %j', (status, vi, en) => {
    expect(statusLabel(status, 'vi')).toBe(vi);
    expect(statusLabel(status, 'en')).toBe(en);
  });
});

describe('roleLabel', () => {
  it.each<[MemberRole, string, string]>([
    ['secretary', 'Bí thư', 'Secretary'],
    ['deputy_secretary', 'Phó Bí thư', 'Deputy secretary'],
    ['committee', 'Chi ủy viên', 'Committee member'],
    ['member', 'Đảng viên', 'Member'],
  ])('%s → %j / %j', (role, vi, en) => {
    expect(roleLabel(role, 'vi')).toBe(vi);
    expect(roleLabel(role, 'en')).toBe(en);
  });
});

describe('what a status implies (DOMAIN.md table)', () => {
  it.each<[MemberStatus, boolean, boolean]>([
    ['official', true, true],
    ['probationary', true, true],
    ['exempt', false, false],
    ['attached_in', false, true],
    ['attached_out', false, false],
    ['suspended', false, false],
  ])('%s: counted in total %s, invited %s', (status, counted, invited) => {
    expect(isCountedInTotal(status)).toBe(counted);
    expect(isInvited(status)).toBe(invited);
  });

  it.each<[MemberRole, boolean]>([
    ['secretary', true],
    ['deputy_secretary', true],
    ['committee', true],
    ['member', false],
  ])('isCommittee(%s) = %s', (role, expected) => {
    expect(isCommittee(role)).toBe(expected);
  });
});

describe('parseStatus', () => {
  it.each<[string, MemberStatus | null]>([
    ['chính thức', 'official'],
    ['chinh thuc', 'official'],
    ['Chính Thức', 'official'],
    ['Đảng viên chính thức', 'official'],
    ['official', 'official'],
    ['OFFICIAL', 'official'],
    ['Dự bị', 'probationary'],
    ['du bi', 'probationary'],
    ['đảng viên dự bị', 'probationary'],
    ['probationary', 'probationary'],
    ['miễn', 'exempt'],
    ['mien', 'exempt'],
    ['Miễn sinh hoạt', 'exempt'],
    ['miễn công tác và sinh hoạt đảng', 'exempt'],
    ['exempt', 'exempt'],
    ['SHT đến', 'attached_in'],
    ['sht den', 'attached_in'],
    ['SHT', 'attached_in'],
    ['sinh hoạt tạm thời đến', 'attached_in'],
    ['attached_in', 'attached_in'],
    ['attached-in', 'attached_in'],
    ['attached here', 'attached_in'],
    ['SHT đi', 'attached_out'],
    ['sinh hoat tam thoi di', 'attached_out'],
    ['attached_out', 'attached_out'],
    ['đình chỉ', 'suspended'],
    ['Đình chỉ sinh hoạt', 'suspended'],
    ['dinh chi', 'suspended'],
    ['suspended', 'suspended'],
    ['  chính   thức  ', 'official'],
    ['', null],
    ['   ', null],
    ['khách mời', null],
    ['guest', null],
    ['chinh', null],
  ])('%j → %s', (text, expected) => {
    expect(parseStatus(text)).toBe(expected);
  });

  it.each(MEMBER_STATUSES)('reads back its own labels and code: %s', (status) => {
    expect(parseStatus(status)).toBe(status);
    expect(parseStatus(statusLabel(status, 'vi'))).toBe(status);
    expect(parseStatus(statusLabel(status, 'en'))).toBe(status);
  });
});

describe('parseRole', () => {
  it.each<[string, MemberRole | null]>([
    ['Bí thư', 'secretary'],
    ['bi thu', 'secretary'],
    ['Bí thư chi bộ', 'secretary'],
    ['secretary', 'secretary'],
    ['Phó Bí thư', 'deputy_secretary'],
    ['pho bi thu', 'deputy_secretary'],
    ['deputy_secretary', 'deputy_secretary'],
    ['Deputy secretary', 'deputy_secretary'],
    ['Chi ủy viên', 'committee'],
    ['chi uy vien', 'committee'],
    ['chi ủy', 'committee'],
    ['committee', 'committee'],
    ['Đảng viên', 'member'],
    ['dang vien', 'member'],
    ['member', 'member'],
    ['thư ký', null],
    ['', null],
    ['chủ tịch', null],
  ])('%j → %s', (text, expected) => {
    expect(parseRole(text)).toBe(expected);
  });

  it.each(MEMBER_ROLES)('reads back its own labels and code: %s', (role) => {
    expect(parseRole(role)).toBe(role);
    expect(parseRole(roleLabel(role, 'vi'))).toBe(role);
    expect(parseRole(roleLabel(role, 'en'))).toBe(role);
  });
});

describe('matchStatusStrict / matchRoleStrict (roster files)', () => {
  const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');

  it('reads every label exactly and written without any diacritics, as parseStatus does', () => {
    for (const status of MEMBER_STATUSES) {
      for (const text of [
        statusLabel(status, 'vi'),
        statusLabel(status, 'vi').toUpperCase(),
        folded(statusLabel(status, 'vi')),
        statusLabel(status, 'en'),
        status,
      ]) {
        expect(matchStatusStrict(text)).toEqual({ kind: 'match', value: status });
        expect(parseStatus(text)).toBe(status);
      }
    }
    for (const role of MEMBER_ROLES) {
      for (const text of [roleLabel(role, 'vi'), folded(roleLabel(role, 'vi')), roleLabel(role, 'en'), role])
        expect(matchRoleStrict(text)).toEqual({ kind: 'match', value: role });
    }
  });

  it('accepts either tone placement ("Chi uỷ viên", "Chi ủy viên")', () => {
    expect(matchRoleStrict('Chi uỷ viên')).toEqual({ kind: 'match', value: 'committee' });
    expect(matchRoleStrict('chi ủy viên')).toEqual({ kind: 'match', value: 'committee' });
  });

  it('refuses diacritics that spell nothing, with a suggestion in the typed case; parseStatus alone would read them', () => {
    expect(parseStatus('Chính thưc')).toBe('official');
    expect(matchStatusStrict('Chính thưc')).toEqual({ kind: 'misspelled', suggestion: 'Chính thức', accented: true });
    expect(matchStatusStrict('chính thưc')).toMatchObject({ suggestion: 'chính thức' });
    expect(matchStatusStrict('DỰ BI')).toMatchObject({ kind: 'misspelled', suggestion: 'DỰ BỊ' });
    expect(matchRoleStrict('Bí thu')).toMatchObject({ kind: 'misspelled', suggestion: 'Bí thư' });
    expect(matchStatusStrict('trưởng phòng')).toEqual({ kind: 'unknown' });
    expect(matchStatusStrict('')).toEqual({ kind: 'unknown' });
  });
});
