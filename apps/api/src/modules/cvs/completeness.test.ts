import { describe, expect, it } from 'vitest';
import { TRIMMED } from './completeness.js';

describe('what the CV score counts as blank', () => {
  it('is exactly what String.prototype.trim removes, so that SQL and JavaScript agree', () => {
    const trimmed = new Set(TRIMMED);
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      expect(trimmed.has(char), `U+${code.toString(16).padStart(4, '0')}`).toBe(char.trim() === '');
    }
  });
});
