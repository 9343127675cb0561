import { describe, expect, it } from 'vitest';
import { displayHost } from '@/lib/hostname';

describe('displayHost', () => {
  it.each([
    ['https://www.example.org/a', 'example.org'],
    ['https://xn--bcher-kva.de/', 'bücher.de'],
    ['https://www.xn--bcher-kva.de/', 'bücher.de'],
    ['https://xn--wgv71a119e.jp/', '日本語.jp'],
    ['https://xn--r8jz45g.xn--zckzah/', '例え.テスト'],
    ['https://127.0.0.1:8080/', '127.0.0.1'],
    ['https://[::1]/', '[::1]'],
    ['https://wwwexample.com/', 'wwwexample.com'],
  ])('%s → %s', (url, host) => {
    expect(displayHost(new URL(url))).toBe(host);
  });
});
