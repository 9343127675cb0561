import { describe, expect, it } from 'vitest';
import { type LinkRow, linkJson, linkMarkdown, linkSummary, linkTable } from '@/lib/links/report';

const rows: LinkRow[] = [
  {
    file: 'content/a.md',
    cached: true,
    result: { url: 'https://a.example/', verdict: 'fine', status: '200', detail: 'ok' },
  },
  {
    file: 'content/b.md',
    cached: false,
    result: { url: 'https://b.example/', verdict: 'dead', status: '404', detail: 'not found' },
  },
  {
    file: 'content/c.md',
    cached: false,
    result: {
      url: 'https://c.example/',
      verdict: 'moved',
      status: '200',
      detail: 'moved to https://d.example/',
      movedTo: 'https://d.example/',
    },
  },
];

describe('the link report', () => {
  it('groups the table worst first, leaving out empty groups', () => {
    expect(linkTable(rows).split('\n')).toEqual([
      'Dead (1)',
      'note          URL                 status  what happened',
      'content/b.md  https://b.example/  404     not found',
      '',
      'Moved (1)',
      'note          URL                 status  what happened',
      'content/c.md  https://c.example/  200     moved to https://d.example/',
      '',
      'Fine (1)',
      'note          URL                 status  what happened',
      'content/a.md  https://a.example/  200     ok (cached)',
    ]);
  });

  it('sums up in one line', () => {
    expect(linkSummary(rows)).toBe('3 links: 1 dead, 1 moved, 0 failing for now, 1 fine (1 from the cache).');
  });

  it('gives machines the counts and every link', () => {
    expect(linkJson(rows)).toMatchObject({ dead: 1, moved: 1, failing: 0, fine: 1 });
    expect(linkJson(rows).links[2]).toEqual({ file: 'content/c.md', cached: false, ...rows[2].result });
  });

  it('as markdown for a job summary: the summary line, a table per group worst first, fine ones folded', () => {
    const odd: LinkRow = {
      file: 'content/e.md',
      cached: false,
      result: { url: 'https://e.example/a|b', verdict: 'failing', status: '500', detail: 'server error (<500>)' },
    };
    expect(linkMarkdown([...rows, odd])).toBe(
      [
        '## Links',
        '',
        '4 links: 1 dead, 1 moved, 1 failing for now, 1 fine (1 from the cache).',
        '',
        '### Dead (1)',
        '',
        '| note | URL | status | what happened |',
        '| --- | --- | --- | --- |',
        '| content/b.md | https://b.example/ | 404 | not found |',
        '',
        '### Moved (1)',
        '',
        '| note | URL | status | what happened |',
        '| --- | --- | --- | --- |',
        '| content/c.md | https://c.example/ | 200 | moved to https://d.example/ |',
        '',
        '### Failing for now (1)',
        '',
        '| note | URL | status | what happened |',
        '| --- | --- | --- | --- |',
        '| content/e.md | https://e.example/a\\|b | 500 | server error (&lt;500&gt;) |',
        '',
        '<details><summary>Fine (1)</summary>',
        '',
        '| note | URL | status | what happened |',
        '| --- | --- | --- | --- |',
        '| content/a.md | https://a.example/ | 200 | ok (cached) |',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });
});
