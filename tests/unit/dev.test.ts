import { describe, expect, it } from 'vitest';
import { devAddress } from '../../scripts/dev';

describe('npm run dev', () => {
  it.each([
    [[], undefined, 'http://localhost:3000/url-notes/'],
    [['--port', '3001'], undefined, 'http://localhost:3001/url-notes/'],
    [['-p', '4001'], undefined, 'http://localhost:4001/url-notes/'],
    [['--port=4002'], undefined, 'http://localhost:4002/url-notes/'],
    [[], '5000', 'http://localhost:5000/url-notes/'],
  ])('%j, PORT=%s: says the address that answers, under the base path: %s', (args, port, address) => {
    expect(devAddress(args, port)).toBe(address);
  });
});
