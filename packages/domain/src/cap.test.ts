import { describe, expect, it } from 'vitest';
import { isValidCap } from './cap.js';

describe('isValidCap', () => {
  it.each(['00100', '20121', '98168', '00000', '99999', '10010'])('accepts %s', (cap) => {
    expect(isValidCap(cap)).toBe(true);
  });

  it.each(['', '0010', '001000', '2012a', ' 20121', '20121 ', '20 121', '２０１２１', '-2012', '2012.'])(
    'rejects %j',
    (cap) => {
      expect(isValidCap(cap)).toBe(false);
    },
  );
});
