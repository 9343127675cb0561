// @vitest-environment jsdom
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentProblems } from '@/components/ContentProblems';

// One good note and one without a URL, as a person mid-edit would have them.
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'notes-dev-'));
  cpSync('tests/fixtures/site/node-event-loop.md', path.join(dir, 'node-event-loop.md'));
  cpSync('tests/fixtures/bad/missing-url/no-url.md', path.join(dir, 'no-url.md'));
  vi.stubEnv('NOTES_DIR', dir);
});
afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('an invalid note in npm run dev', () => {
  it('leaves the other notes up and lists the problem as npm run check does', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const { contentProblemLines, getAllNotes } = await import('@/lib/notes');
    expect(getAllNotes().map((note) => note.slug)).toEqual(['node-event-loop']);
    expect(contentProblemLines()).toEqual([
      `${path.relative(process.cwd(), path.join(dir, 'no-url.md'))}: url: missing`,
    ]);
  });

  it('still stops a build, naming the problem', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { contentProblemLines, getAllNotes } = await import('@/lib/notes');
    expect(() => getAllNotes()).toThrow(/no-url\.md: url: missing/);
    expect(contentProblemLines()).toEqual([]);
  });

  it('shows the lines on the page', () => {
    render(<ContentProblems lines={['content/a.md: url: missing']} />);
    expect(screen.getByRole('complementary', { name: 'Problems in the notes' }).textContent).toContain(
      'content/a.md: url: missing',
    );
  });
});
