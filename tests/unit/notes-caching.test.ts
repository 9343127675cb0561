// When the notes are read again: once per production build, on every load in development.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadNotes } from '@/lib/content/load';

describe('caching', () => {
  let dir: string | undefined;
  afterEach(() => {
    vi.unstubAllEnvs();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const write = (title: string) =>
    writeFileSync(
      path.join(dir as string, 'a-note.md'),
      `---\ntitle: "${title}"\nurl: https://example.com/\ntags: [t]\ndate: 2025-01-01\n---\n`,
    );

  it('parses once per production build process', () => {
    vi.stubEnv('NODE_ENV', 'production');
    dir = mkdtempSync(path.join(tmpdir(), 'notes-'));
    write('First');
    const first = loadNotes(dir);
    write('Edited afterwards');
    expect(loadNotes(dir)).toBe(first);
    expect(loadNotes(dir).library.notes[0].title).toBe('First');
  });

  it('shows an edited note on the next load during development', () => {
    vi.stubEnv('NODE_ENV', 'development');
    dir = mkdtempSync(path.join(tmpdir(), 'notes-'));
    write('First');
    expect(loadNotes(dir).library.notes[0].title).toBe('First');
    write('Edited title');
    expect(loadNotes(dir).library.notes[0].title).toBe('Edited title');
  });
});
