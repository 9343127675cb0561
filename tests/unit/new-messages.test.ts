// `npm run new`'s messages for input it cannot take: one line each, what was wrong and what to do.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, scratchNotes } from './scratch';

const { folder, run } = scratchNotes();

describe('npm run new refuses', { timeout: CLI_TIMEOUT }, () => {
  it('a URL with a line break inside, which URL parsing would silently drop', () => {
    const { status, stderr } = run('new', 'https://a.example/b\nnext');
    expect(status).toBe(1);
    expect(stderr).toBe(
      'new: url: has a tab or line break inside (got "https://a.example/b\\nnext"); write the URL on one line\n',
    );
    expect(readdirSync(folder.dir)).toEqual([]);
  });

  it('an option value that starts with a dash, saying how to give it', () => {
    const { status, stderr } = run('new', 'https://a.example/', '--title', '---');
    expect(status).toBe(1);
    expect(stderr).toBe('new: --title: its value "---" starts with "-", so it reads as an option; write --title=---\n');
  });

  it('a --timeout past what a Node timer holds, in one line rather than a stack trace', () => {
    const { status, stderr } = run('new', 'https://a.example/', '--timeout', '1e9');
    expect(status).toBe(1);
    expect(stderr).toBe('new: --timeout: must be a number of seconds, from 0.001 to 2147483 (got "1e9")\n');
    expect(readdirSync(folder.dir)).toEqual([]);
  });
});
