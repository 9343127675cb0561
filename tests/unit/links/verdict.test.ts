import { describe, expect, it } from 'vitest';
import { errorVerdict, statusVerdict } from '@/lib/links/verdict';

// Node's fetch fails as `TypeError('fetch failed', { cause })`, the cause carrying the code.
const fetchFailure = (code: string, message: string) =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });

describe('statusVerdict', () => {
  it.each([
    [200, undefined, 'fine', 'ok'],
    [200, 'https://new.example/', 'moved', 'moved to https://new.example/'],
    [404, undefined, 'dead', 'not found'],
    [410, undefined, 'dead', 'gone'],
    [451, undefined, 'dead', 'unavailable for legal reasons'],
    [404, 'https://new.example/', 'dead', 'not found (after a permanent redirect to https://new.example/)'],
    [401, undefined, 'fine', 'restricted (401): needs a login or a browser'],
    [403, undefined, 'fine', 'restricted (403): needs a login or a browser'],
    [429, undefined, 'failing', 'rate limited (429), still after retries'],
    [503, undefined, 'failing', 'server error (503)'],
    [400, undefined, 'failing', 'unexpected answer (400)'],
  ])('%i%s is %s: %s', (status, movedTo, verdict, detail) => {
    expect(statusVerdict('https://old.example/', status, movedTo)).toMatchObject({ verdict, detail });
  });
});

describe('errorVerdict', () => {
  const url = 'https://old.example/page';
  it.each([
    [fetchFailure('ENOTFOUND', 'getaddrinfo ENOTFOUND old.example'), 'dead', 'no such host (DNS): old.example'],
    [
      fetchFailure('EAI_AGAIN', 'getaddrinfo EAI_AGAIN old.example'),
      'failing',
      'network error: getaddrinfo EAI_AGAIN old.example',
    ],
    [fetchFailure('ECONNREFUSED', 'connect ECONNREFUSED'), 'failing', 'connection refused'],
    [fetchFailure('CERT_HAS_EXPIRED', 'certificate has expired'), 'failing', 'TLS error: certificate has expired'],
    [new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 'failing', 'no answer within 15 s'],
  ])('%s', (error, verdict, detail) => {
    expect(errorVerdict(url, error, 15_000)).toMatchObject({ verdict, detail });
  });
});
