import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeBasePath, siteAddress } from '@/lib/settings/address.mjs';
import { checkIdentity, type Identity, readIdentity } from '@/lib/settings/identity.mjs';

const ADA: Identity = {
  name: 'Field Notes',
  description: 'Links I keep.',
  author: '',
  language: 'en',
  repository: 'ada/links',
  branch: 'main',
};

const lines = (problems: { file: string; field: string; message: string }[]) =>
  problems.map(({ file, field, message }) => `${file}: ${field}: ${message}`);

describe('the identity file', () => {
  it('reads every field, trimmed, and fills in the ones left out', () => {
    const { identity, problems } = checkIdentity('site.yml', { name: ' Field Notes ', description: 'Links I keep.' });
    expect(problems).toEqual([]);
    expect(identity).toEqual({ ...ADA, repository: '' });
  });

  it('names the file and field of every wrong value, with what it got, in one pass', () => {
    const { problems } = checkIdentity('site.yml', {
      name: '',
      description: 'one\ntwo',
      author: 42,
      language: 'english please',
      repository: 'ada',
      branch: '-x',
      colour: 'blue',
    });
    expect(lines(problems)).toEqual([
      'site.yml: colour: unknown field; known: name, description, author, language, repository, branch',
      'site.yml: name: must not be empty (got "")',
      'site.yml: description: must be one line of text (got "one\\ntwo")',
      'site.yml: author: must be text, like "Ada Lovelace" (got 42)',
      'site.yml: language: must be a language tag, like en, de or pt-BR (got "english please")',
      'site.yml: repository: must be owner/name, like ada/links (got "ada")',
      'site.yml: branch: must be a branch name, like main (got "-x")',
    ]);
  });

  it.each([['ada/links'], ['Ada-L/my.links_2'], ['a/b']])('takes the repository %s', (repository) => {
    expect(checkIdentity('site.yml', { ...ADA, repository }).problems).toEqual([]);
  });

  it.each([['ada/links/x'], ['-ada/links'], ['ada/..'], ['ada links/x'], ['ada/']])(
    'refuses the repository %s',
    (repository) => {
      expect(lines(checkIdentity('site.yml', { ...ADA, repository }).problems)).toEqual([
        `site.yml: repository: must be owner/name, like ada/links (got ${JSON.stringify(repository)})`,
      ]);
    },
  );

  it('writes a language tag the standard way', () => {
    expect(checkIdentity('site.yml', { ...ADA, language: 'PT-br' }).identity.language).toBe('pt-BR');
  });

  it('refuses control characters, which a feed cannot carry, as a note title does (issue 31)', () => {
    const { problems } = checkIdentity('site.yml', { ...ADA, description: 'Links\u0007 I keep', author: 'Ada\u0000' });
    expect(lines(problems)).toEqual([
      'site.yml: description: must be one line of text (got "Links\\u0007 I keep")',
      'site.yml: author: must be one line of text (got "Ada\\u0000")',
    ]);
  });

  it('refuses a YAML tag in the file, in one line, as notes do', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'identity-'));
    try {
      const file = path.join(dir, 'site.yml');
      writeFileSync(file, 'name: Field Notes\ndescription: !!python/object:os.system ls\n');
      expect(lines(readIdentity(file).problems)).toEqual([
        `${file}: file: YAML tag "!!python/object:os.system": remove it; the file holds plain text values`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so, in one line, when the file is missing or is not YAML', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'identity-'));
    try {
      const missing = path.join(dir, 'site.yml');
      expect(lines(readIdentity(missing).problems)).toEqual([
        `${missing}: file: missing; restore it, or run npm run init`,
      ]);
      writeFileSync(missing, 'name: [unclosed\n');
      expect(lines(readIdentity(missing).problems)).toEqual([
        expect.stringMatching(new RegExp(`^${missing}: file: invalid YAML: `)),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the site address', () => {
  it.each<[string, Partial<Identity>, Record<string, string>, { basePath: string; siteUrl: string }]>([
    ['a project site', {}, {}, { basePath: '/links', siteUrl: 'https://ada.github.io/links' }],
    ['a user site', { repository: 'Ada/ada.github.io' }, {}, { basePath: '', siteUrl: 'https://ada.github.io' }],
    ['no repository', { repository: '' }, {}, { basePath: '', siteUrl: 'http://localhost:4000' }],
    [
      'the repository GitHub Actions runs in',
      {},
      { GITHUB_REPOSITORY: 'grace/notes' },
      { basePath: '/notes', siteUrl: 'https://grace.github.io/notes' },
    ],
    [
      'BASE_PATH without its slash',
      {},
      { BASE_PATH: 'notes' },
      { basePath: '/notes', siteUrl: 'https://ada.github.io/notes' },
    ],
    [
      'BASE_PATH with both slashes',
      {},
      { BASE_PATH: '/a/b/' },
      { basePath: '/a/b', siteUrl: 'https://ada.github.io/a/b' },
    ],
    ['BASE_PATH at the root', {}, { BASE_PATH: '/' }, { basePath: '', siteUrl: 'https://ada.github.io' }],
    [
      'an empty variable, as GitHub passes an unset one',
      {},
      { BASE_PATH: '', SITE_URL: '' },
      { basePath: '/links', siteUrl: 'https://ada.github.io/links' },
    ],
    [
      'a custom domain',
      {},
      { SITE_URL: 'https://notes.example.org/' },
      { basePath: '', siteUrl: 'https://notes.example.org' },
    ],
    [
      'a custom domain with a path',
      {},
      { SITE_URL: 'https://example.org/notes' },
      { basePath: '/notes', siteUrl: 'https://example.org/notes' },
    ],
  ])('%s', (_, identity, env, expected) => {
    const address = siteAddress({ ...ADA, ...identity }, env);
    expect({ basePath: address.basePath, siteUrl: address.siteUrl, problems: address.problems }).toEqual({
      ...expected,
      problems: [],
    });
  });

  it('warns when GitHub Actions runs in another repository than the identity names, and builds for the one it runs in', () => {
    const address = siteAddress(ADA, { GITHUB_REPOSITORY: 'grace/links' });
    expect(address.repository).toBe('grace/links');
    expect(address.warnings).toEqual([
      'the identity file names the repository ada/links, but this runs in grace/links: the site is built for grace/links (run npm run init -- --repository grace/links, or edit the file)',
    ]);
    expect(siteAddress(ADA, { GITHUB_REPOSITORY: 'Ada/Links' }).warnings).toEqual([]);
  });

  it('names a wrong variable in one line each', () => {
    expect(lines(siteAddress(ADA, { BASE_PATH: 'my links', SITE_URL: 'notes.example.org' }).problems)).toEqual([
      'environment: SITE_URL: must be an http(s) URL, like https://notes.example.org (got "notes.example.org")',
      'environment: BASE_PATH: must be a path like /links, or / for the root (got "my links")',
    ]);
    expect(lines(siteAddress(ADA, { BASE_PATH: '/a', SITE_URL: 'https://example.org/b' }).problems)).toEqual([
      'environment: SITE_URL: its path must be the base path /a (got "https://example.org/b")',
    ]);
  });

  it.each([
    ['', ''],
    ['/', ''],
    ['//', ''],
    ['links', '/links'],
    ['/links/', '/links'],
    ['a//b', '/a/b'],
  ])('normalises the base path %j to %j', (value, expected) => {
    expect(normalizeBasePath(value)).toBe(expected);
  });

  it.each([['a b'], ['/x?y'], ['/../x'], ['/é']])('refuses the base path %j', (value) => {
    expect(normalizeBasePath(value)).toBeUndefined();
  });
});
