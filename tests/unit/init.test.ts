import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { identityText } from '@/lib/init/identity-file';
import { noteHash, starterNotesIn } from '@/lib/init/starter';
import { readIdentity } from '@/lib/settings/identity.mjs';
import { CLI_TIMEOUT } from './scratch';

const NOTE = 'tests/fixtures/site/node-event-loop.md';
const OTHER = 'tests/fixtures/site/zeppelin-archive.md';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'init-'));
  mkdirSync(path.join(dir, 'content'));
  copyFileSync('tests/fixtures/site.yml', path.join(dir, 'site.yml'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const content = (name: string) => path.join(dir, 'content', name);

/** `npm run init` on the scratch copy: its identity file and its content folder. */
function init(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/init.ts', ...args], {
    env: { ...process.env, SITE_FILE: path.join(dir, 'site.yml'), NOTES_DIR: path.join(dir, 'content') },
    encoding: 'utf8',
  });
}

describe('the starter notes', () => {
  it('are the ones still exactly as they shipped, whatever the line endings; an edited one is changed', () => {
    const text = readFileSync(NOTE, 'utf8');
    writeFileSync(content('a.md'), text);
    writeFileSync(content('b.md'), text.replaceAll('\n', '\r\n'));
    writeFileSync(content('c.md'), `${text}- **Mine:** a line I added.\n`);
    const shipped = new Map([
      ['a.md', noteHash(text)],
      ['b.md', noteHash(text)],
      ['c.md', noteHash(text)],
      ['gone.md', noteHash(text)],
    ]);
    expect(starterNotesIn(path.join(dir, 'content'), shipped)).toEqual({
      unchanged: ['a.md', 'b.md'],
      changed: ['c.md'],
    });
  });
});

describe('the identity file’s new text', () => {
  it('adds the fields below a file of comments alone, in its line endings', () => {
    expect(identityText('# Mine\r\n', { name: 'Field Notes', repository: 'ada/links' })).toBe(
      '# Mine\r\nname: Field Notes\r\nrepository: ada/links\r\n',
    );
  });

  it('leaves a value that already says what is asked, byte for byte', () => {
    const text = "name: 'Field Notes' # mine\n";
    expect(identityText(text, { name: 'Field Notes' })).toBe(text);
  });
});

describe('npm run init', () => {
  it('writes the identity, keeping the file’s comments, and leaves the owner’s notes alone', {
    timeout: CLI_TIMEOUT,
  }, () => {
    copyFileSync(NOTE, content('my-own-note.md'));
    const { status, stdout, stderr } = init('--name', 'Field Notes', '--repository', 'ada/links', '--author', 'Ada');
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toContain('site.yml: updated (name, author, repository)');
    const file = readFileSync(path.join(dir, 'site.yml'), 'utf8');
    expect(file.split('\n')[0]).toBe(readFileSync('tests/fixtures/site.yml', 'utf8').split('\n')[0]);
    expect(readIdentity(path.join(dir, 'site.yml'))).toEqual({
      identity: {
        name: 'Field Notes',
        description: 'Notes the tests build: fixtures of every kind a note can be.',
        author: 'Ada',
        language: 'en',
        repository: 'ada/links',
        branch: 'main',
      },
      problems: [],
    });
    expect(readFileSync(content('my-own-note.md'), 'utf8')).toBe(readFileSync(NOTE, 'utf8'));
  });

  it('changes nothing when run again with the same values', { timeout: CLI_TIMEOUT }, () => {
    const args = ['--name', 'Field Notes', '--repository', 'ada/links', '--description', 'Links: kept, with notes.'];
    expect(init(...args).status).toBe(0);
    const first = readFileSync(path.join(dir, 'site.yml'), 'utf8');
    const again = init(...args);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('site.yml: already says this; unchanged');
    expect(readFileSync(path.join(dir, 'site.yml'), 'utf8')).toBe(first);
  });

  it('writes a name that YAML would read otherwise as the text it is', { timeout: CLI_TIMEOUT }, () => {
    const name = 'true: #1 "notes" — über';
    expect(init('--name', name, '--repository', 'ada/links').status).toBe(0);
    expect(readIdentity(path.join(dir, 'site.yml')).identity.name).toBe(name);
  });

  it('refuses bad values with one line each, and writes nothing', { timeout: CLI_TIMEOUT }, () => {
    copyFileSync(OTHER, content('zeppelin-archive.md'));
    const before = readFileSync(path.join(dir, 'site.yml'), 'utf8');
    const { status, stdout, stderr } = init('--name', ' ', '--repository', 'ada', '--language', 'not a language');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      'init: --name: must not be empty (got " ")',
      'init: --language: must be a language tag, like en, de or pt-BR (got "not a language")',
      'init: --repository: must be owner/name, like ada/links (got "ada")',
    ]);
    expect(readFileSync(path.join(dir, 'site.yml'), 'utf8')).toBe(before);
    expect(existsSync(content('zeppelin-archive.md'))).toBe(true);
  });

  it('says which values it needs', { timeout: CLI_TIMEOUT }, () => {
    const { status, stderr } = init();
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'init: --name: missing; say it, like --name "Field Notes"',
      'init: --repository: missing; say it, like --repository ada/links',
    ]);
  });

  it.each([
    [
      'a string',
      'Field Notes\n',
      'must be a YAML mapping of name, description, author, …; fix it or delete it, then run init again',
    ],
    [
      'a list',
      '- name: Field Notes\n',
      'must be a YAML mapping of name, description, author, …; fix it or delete it, then run init again',
    ],
    [
      'a YAML tag',
      'name: !!python/object x\n',
      'YAML tag "!!python/object": remove it; the file holds plain text values; fix it or delete it, then run init again',
    ],
  ])(
    'refuses an identity file that is %s in one line, and leaves it',
    { timeout: CLI_TIMEOUT },
    (_kind, text, message) => {
      writeFileSync(path.join(dir, 'site.yml'), text);
      const { status, stdout, stderr } = init('--name', 'Field Notes', '--repository', 'ada/links');
      expect({ status, stdout, stderr }).toEqual({
        status: 1,
        stdout: '',
        stderr: `${path.join(dir, 'site.yml')}: ${message}\n`,
      });
      expect(readFileSync(path.join(dir, 'site.yml'), 'utf8')).toBe(text);
    },
  );

  it('says in one line that the identity file is a folder, or that its folder is missing', {
    timeout: CLI_TIMEOUT,
  }, () => {
    rmSync(path.join(dir, 'site.yml'));
    mkdirSync(path.join(dir, 'site.yml'));
    const folder = init('--name', 'Field Notes', '--repository', 'ada/links');
    expect({ status: folder.status, stderr: folder.stderr }).toEqual({
      status: 1,
      stderr: `${path.join(dir, 'site.yml')}: cannot be read (EISDIR); fix it or delete it, then run init again\n`,
    });
    const missing = path.join(dir, 'nowhere', 'site.yml');
    const orphan = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/init.ts', '--name', 'N', '--repository', 'ada/links'],
      {
        env: { ...process.env, SITE_FILE: missing, NOTES_DIR: path.join(dir, 'content') },
        encoding: 'utf8',
      },
    );
    expect({ status: orphan.status, stderr: orphan.stderr }).toEqual({
      status: 1,
      stderr: `${missing}: cannot be written: the folder ${path.dirname(missing)} does not exist; create it, then run init again\n`,
    });
  });

  it('changes the fields given and not one other byte: BOM, CRLF, comments, escapes', { timeout: CLI_TIMEOUT }, () => {
    const before = [
      '\uFEFF# My site',
      'name: "Old name"   # shown in the header',
      "description: 'It''s mine'",
      'author: "Ada \\u004Covelace"',
      'language: en',
      '',
    ].join('\r\n');
    writeFileSync(path.join(dir, 'site.yml'), before);
    const { status, stderr } = init('--name', 'Field Notes', '--repository', 'ada/links');
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(readFileSync(path.join(dir, 'site.yml'), 'utf8')).toBe(
      before.replace('"Old name"', '"Field Notes"').replace(/\r\n$/, '\r\nrepository: ada/links\r\n'),
    );
    expect(readIdentity(path.join(dir, 'site.yml')).identity).toMatchObject({
      author: 'Ada Lovelace',
      repository: 'ada/links',
    });
  });
});
