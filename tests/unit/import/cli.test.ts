// `npm run import` as a person runs it: what reaches the notes folder and what the command says.
// The first two tests failed on the code before issue 21 (the `#!` pair skipped as "already
// noted", the far-future date skipped as invalid).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { CLI_TIMEOUT, scratchNotes } from '../scratch';

const { folder, run } = scratchNotes('tests/fixtures/import/third-thread.md');
const notesByUrl = () =>
  new Map([...loadNotes(folder.dir).library.notes].map((note) => [note.url, { title: note.title, date: note.date }]));

describe('npm run import: what nothing lost means', { timeout: CLI_TIMEOUT }, () => {
  it('imports two Google Groups threads (#! addresses a page) beside a third, yet sees #section anchors and tracking parameters as one page', () => {
    const { status } = run('import', 'tests/fixtures/import/fragments.html');
    expect(status).toBe(0);
    const notes = notesByUrl();
    expect(notes.get('https://groups.google.com/forum/#!topic/foreman-users/GxndDL0SHJc')?.title).toBe(
      'Foreman thread one',
    );
    expect(notes.get('https://groups.google.com/forum/#!topic/foreman-users/ULxtWFYJx7Q')?.title).toBe(
      'Foreman thread two',
    );
    expect(notes.get('https://docs.example/guide#installing')?.title).toBe('A guide');
    expect(notes.has('https://groups.google.com/forum/?utm_source=feed#!topic/foreman-users/ULxtWFYJx7Q')).toBe(false);
    expect(notes.has('https://docs.example/guide#upgrading')).toBe(false);
  });

  it('imports a bookmark dated after tomorrow (year 2100) with the export’s newest date, saying so', () => {
    const { status, stdout, stderr } = run('import', 'tests/fixtures/import/fragments.html');
    expect(status).toBe(0);
    expect(notesByUrl().get('https://future.example/')).toEqual({ title: 'Dated 2100-01-01', date: '2014-05-13' });
    expect(`${stdout}${stderr}`).toContain(
      "https://future.example/: its date, 2100-01-01, is after tomorrow; dated 2014-05-13, the export's newest date",
    );
  });

  it('re-importing the same export says "nothing new" in one line and writes nothing', () => {
    expect(run('import', 'tests/fixtures/import/fragments.html').status).toBe(0);
    const before = readdirSync(folder.dir).sort();
    const again = run('import', 'tests/fixtures/import/fragments.html');
    expect(again.status).toBe(0);
    expect(again.stdout.trim()).toBe(
      'tests/fixtures/import/fragments.html (Netscape bookmark file): nothing new; 6 already noted',
    );
    expect(again.stderr).toBe('');
    expect(readdirSync(folder.dir).sort()).toEqual(before);
  });
});
