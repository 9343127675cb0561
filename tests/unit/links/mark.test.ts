import { describe, expect, it } from 'vitest';
import type { LinkRecord } from '@/lib/links/cache';
import { deadMark, markNote } from '@/lib/links/mark';

const url = 'https://example.com/paper';
const deadSince = '2026-11-19T22:30:00.000Z';
const dead = (deadChecks: number, checkedAt: string): LinkRecord => ({
  url,
  verdict: 'dead',
  status: '404',
  detail: 'not found',
  checkedAt,
  deadSince,
  deadChecks,
});

describe('deadMark', () => {
  it('marks a link dead on two checks at least a day apart with the day it was first found dead', () => {
    const now = new Date('2026-11-20T22:30:00.000Z');
    expect(deadMark(dead(2, now.toISOString()), now)).toBe('2026-11-19');
    expect(deadMark(dead(5, now.toISOString()), new Date('2026-12-24T00:00:00Z'))).toBe('2026-11-19');
  });

  it('waits while the link was found dead only once, or for less than a day', () => {
    expect(deadMark(dead(1, deadSince), new Date('2026-12-01T00:00:00Z'))).toBeUndefined();
    expect(deadMark(dead(2, '2026-11-20T22:29:59.999Z'), new Date('2026-11-20T22:29:59.999Z'))).toBeUndefined();
    expect(deadMark({ ...dead(2, deadSince), deadSince: undefined }, new Date('2026-12-01T00:00:00Z'))).toBeUndefined();
  });

  it('clears the mark of a link that is fine or moved, and leaves it while the link is only failing', () => {
    const now = new Date('2026-11-26T00:00:00Z');
    const checkedAt = now.toISOString();
    expect(deadMark({ url, verdict: 'fine', status: '200', detail: 'ok', checkedAt, deadChecks: 0 }, now)).toBeNull();
    const moved = { url, verdict: 'moved', status: '200', detail: 'moved', movedTo: url, checkedAt, deadChecks: 0 };
    expect(deadMark({ ...moved, verdict: 'moved' }, now)).toBeNull();
    expect(
      deadMark({ url, verdict: 'failing', status: '500', detail: 'x', checkedAt, deadSince, deadChecks: 3 }, now),
    ).toBeUndefined();
    expect(deadMark(undefined, now)).toBeUndefined();
  });
});

describe('markNote', () => {
  const crlf = [
    '\uFEFF---',
    'title: "A paper: gone"',
    'url: https://example.com/paper # the link',
    'tags: [web]',
    'date: 2025-01-02',
    '---',
    'A summary with dead: 2020-01-01 in it.',
    '',
  ].join('\r\n');

  it('adds `dead:` as the last line of the front matter, in the CRLF of the file, and nothing else', () => {
    expect(markNote(crlf, '2026-11-19')).toBe(
      crlf.replace('date: 2025-01-02\r\n', 'date: 2025-01-02\r\ndead: 2026-11-19\r\n'),
    );
    const lf = '---\ntitle: A\nurl: https://example.com/a\ntags: [a]\ndate: 2025-01-02 # noted\n---\n';
    expect(markNote(lf, '2026-11-19')).toBe(lf.replace('# noted\n', '# noted\ndead: 2026-11-19\n'));
  });

  it('removes the `dead:` line wherever it is, and only it', () => {
    const marked = crlf.replace('tags: [web]\r\n', 'tags: [web]\r\ndead: 2026-11-19   # found by check-links\r\n');
    expect(markNote(marked, null)).toBe(crlf);
    const last =
      '---\ntitle: A\nurl: https://example.com/a\ntags: [a]\ndate: 2025-01-02\ndead: "2026-11-19"\n---\nBody\n';
    expect(markNote(last, null)).toBe(last.replace('dead: "2026-11-19"\n', ''));
  });

  it('changes nothing when there is nothing to change: a marked note keeps its day', () => {
    const marked = crlf.replace('date: 2025-01-02\r\n', 'date: 2025-01-02\r\ndead: 2026-10-01\r\n');
    expect(markNote(marked, '2026-11-19')).toBeUndefined();
    expect(markNote(crlf, null)).toBeUndefined();
    expect(() => markNote('no front matter', '2026-11-19')).toThrow('no front matter between two "---" lines');
  });
});
