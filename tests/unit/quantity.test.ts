import { describe, expect, it } from 'vitest';
import { quantity } from '@/lib/text';

describe('quantity', () => {
  it('counts with thousands separators and the noun in the number it takes', () => {
    expect(quantity(1, 'note')).toBe('1 note');
    expect(quantity(0, 'tag')).toBe('0 tags');
    expect(quantity(9192, 'note')).toBe('9,192 notes');
    expect(quantity(1_234_567, 'page')).toBe('1,234,567 pages');
  });
});
