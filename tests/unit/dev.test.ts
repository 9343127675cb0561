import { describe, expect, it } from 'vitest';
import { devAddress } from '../../scripts/dev';

describe('npm run dev', () => {
  it.each([
    [[], {}, 'http://localhost:3000/url-notes/'],
    [['--port', '3001'], {}, 'http://localhost:3001/url-notes/'],
    [['-p', '4001'], {}, 'http://localhost:4001/url-notes/'],
    [['--port=4002'], {}, 'http://localhost:4002/url-notes/'],
    [[], { PORT: '5000' }, 'http://localhost:5000/url-notes/'],
  ])('%j %j: says the address that answers, under the base path: %s', (args, env, address) => {
    expect(devAddress(args, env)).toBe(address);
  });
});
