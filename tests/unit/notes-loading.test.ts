// Good notes as the site reads them: encodings, dates, order, tags and hosts.
import { describe, expect, it, vi } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { parseNote } from '@/lib/content/note';
import { formatProblem } from '@/lib/content/problems';
import { renderSummary } from '@/lib/content/summary';
import { fixture } from './fixture-notes';

describe('good input', () => {
  it('reads a note saved with a byte-order mark and CRLF line endings', () => {
    const { problems, library } = loadNotes(fixture('bom-crlf'));
    expect(problems).toEqual([]);
    const [note] = library.notes;
    expect(note.title).toBe('Windows note');
    expect(note.tags.map((tag) => tag.name)).toEqual(['windows', 'line endings']);
    expect(renderSummary(note).html).toContain('<strong>Saved:</strong>');
    expect(renderSummary(note).html).toContain('<ul>');
  });

  it('reads `dead:` as the day the link was found dead, and leaves it off a live note', () => {
    const note = (extra: string) =>
      parseNote(
        'content/a.md',
        `---\ntitle: A\nurl: https://example.com/a\ntags: [a]\ndate: 2025-01-02\n${extra}---\n`,
        new Map(),
      );
    expect(note('dead: 2026-11-20\n')).toMatchObject({ problems: [], note: { dead: '2026-11-20' } });
    const live = note('');
    expect(live.problems).toEqual([]);
    expect(live.note).not.toHaveProperty('dead');
    expect(note('dead: 2026-02-30\n').problems.map(formatProblem)).toEqual([
      'content/a.md: dead: is not a real calendar date (got "2026-02-30")',
    ]);
  });

  it('keeps the date as written, in any time zone', () => {
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
        vi.stubEnv('TZ', tz);
        const { library } = loadNotes(fixture('bom-crlf'));
        expect(library.notes[0].date).toBe('2025-08-05');
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('sorts newest first, then by title; leaves drafts out; ignores files not ending in .md', () => {
    const { problems, library } = loadNotes(fixture('site'));
    expect(problems).toEqual([]);
    expect(library.notes).toHaveLength(47);
    expect(library.drafts.map((note) => note.slug)).toEqual(['secret-draft']);
    expect(library.unwritten.map((note) => note.slug)).toEqual(['unwritten-note']);
    expect(library.notes.some((note) => note.title.includes('draft'))).toBe(false);
    expect(library.tags.some((tag) => tag.name === 'drafts only')).toBe(false);
    const order = library.notes.map((note) => `${note.date} ${note.title}`);
    const expected = [...order].sort((a, b) => b.slice(0, 10).localeCompare(a.slice(0, 10)) || a.localeCompare(b));
    expect(order).toEqual(expected);
  });

  it('merges tags that normalise alike and counts each note once per tag', () => {
    const { library } = loadNotes(fixture('site'));
    const llm = library.tags.find((tag) => tag.slug === 'llm');
    // "LLM" and "llm" are one tag; the fixture uses both spellings.
    expect(llm).toMatchObject({ name: 'llm', count: 39 });
    expect(library.tags.filter((tag) => tag.name === 'large language model')).toHaveLength(1);
    const counts = library.tags.map((tag) => tag.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('gives each note its hostname without www', () => {
    const { library } = loadNotes(fixture('site'));
    const note = library.notes.find((n) => n.slug === 'node-event-loop');
    expect(note?.hostname).toBe('nodejs.example.org');
    expect(note?.url).toBe('https://nodejs.example.org/event-loop?ref=a&b=c');
  });
});
