import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/dates';

describe('formatDate', () => {
  it.each([
    ['2023-09-12', '12 Sep 2023'],
    ['2017-06-12', '12 Jun 2017'],
    ['2025-08-05', '5 Aug 2025'],
    ['2024-01-31', '31 Jan 2024'],
    ['2024-12-01', '1 Dec 2024'],
  ])('writes %s as %s: every month in three letters, whatever the ICU data', (date, label) => {
    expect(formatDate(date)).toBe(label);
  });
});
