import { describe, expect, it } from 'vitest';
import { basePath } from '@/lib/site';
import { devAddress } from '../../scripts/dev';

describe('npm run dev', () => {
  it.each([
    [[], undefined, `http://localhost:3000${basePath}/`],
    [['--port', '3001'], undefined, `http://localhost:3001${basePath}/`],
    [['-p', '4001'], undefined, `http://localhost:4001${basePath}/`],
    [['--port=4002'], undefined, `http://localhost:4002${basePath}/`],
    [[], '5000', `http://localhost:5000${basePath}/`],
  ])('%j, PORT=%s: says the address that answers, under the base path: %s', (args, port, address) => {
    expect(devAddress(args, port)).toBe(address);
  });
});
