import { describe, expect, it } from 'vitest';
import { ageOn, dayInItaly, targetGroups, todayInItaly } from './target-groups.js';

describe('ageOn', () => {
  it('counts completed years, the birthday included', () => {
    expect(ageOn('1981-11-23', '2026-11-22')).toBe(44);
    expect(ageOn('1981-11-23', '2026-11-23')).toBe(45);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });
});

describe('targetGroups', () => {
  it('derives over 45, under 30 and NEET from birth date and employment', () => {
    expect(targetGroups({ birthDate: '1981-11-23', employmentStatus: 'UNEMPLOYED' }, '2026-11-23')).toEqual([
      'OVER_45',
    ]);
    expect(targetGroups({ birthDate: '1981-11-24', employmentStatus: 'UNEMPLOYED' }, '2026-11-23')).toEqual(
      [],
    );
    expect(
      targetGroups({ birthDate: '2000-01-01', employmentStatus: 'NEVER_EMPLOYED' }, '2026-11-23'),
    ).toEqual(['UNDER_30', 'NEET']);
    expect(
      targetGroups({ birthDate: '2000-01-01', employmentStatus: 'EMPLOYED_SEEKING' }, '2026-11-23'),
    ).toEqual(['UNDER_30']);
    expect(targetGroups({ birthDate: '2000-01-01', employmentStatus: null }, '2026-11-23')).toEqual([
      'UNDER_30',
    ]);
    expect(
      targetGroups({ birthDate: '2012-01-01', employmentStatus: 'NEVER_EMPLOYED' }, '2026-11-23'),
    ).toEqual(['UNDER_30']);
  });
});

describe('todayInItaly', () => {
  it('uses the Italian calendar day near midnight UTC', () => {
    expect(todayInItaly(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInItaly(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(todayInItaly(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});

describe('dayInItaly', () => {
  it('counts from the Italian calendar day, across months and years', () => {
    expect(dayInItaly(1, new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-02');
    expect(dayInItaly(-1, new Date('2026-03-01T10:00:00Z'))).toBe('2026-02-28');
    expect(dayInItaly(0, new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
