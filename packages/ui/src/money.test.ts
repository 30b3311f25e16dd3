import { describe, expect, it } from 'vitest';
import { centsToEuro, euroToCents } from './money';

describe('euro amounts typed in forms', () => {
  it('reads euro with an optional comma or point before the cents', () => {
    expect(euroToCents('600')).toBe(60_000);
    expect(euroToCents(' 600,5 ')).toBe(60_050);
    expect(euroToCents('600.05')).toBe(60_005);
  });

  it('refuses what is not an amount, thousands separators included', () => {
    for (const value of ['', 'seicento', '1.700', '-5', '600,505']) expect(euroToCents(value)).toBeNull();
  });

  it('writes cents back as they are typed, and reads them again unchanged', () => {
    expect(centsToEuro(170_000)).toBe('1700');
    expect(centsToEuro(60_005)).toBe('600,05');
    for (const cents of [0, 1, 99, 100, 123_456]) expect(euroToCents(centsToEuro(cents))).toBe(cents);
  });
});
