// The README and docs/ say what the code does: every command they name exists, every link and
// source file they point to is there, and the numbers they give are the code's.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCRIPT_BUDGET } from '@/lib/build/browser-scripts';
import { MAX_NESTING, MAX_SUMMARY_BYTES, MAX_TAG_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '@/lib/content/limits';
import { SITE_FEED_SIZE, TAG_FEED_SIZE } from '@/lib/feeds';
import { PAGE_SIZE } from '@/lib/lists/pagination';

const PAGES = [
  'README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join('docs', name)),
];
const text = (page: string) => readFileSync(page, 'utf8');
const scripts: Record<string, string> = JSON.parse(text('package.json')).scripts;

describe('the README', () => {
  it('is a page for readers, at most 10 KB', () => {
    expect(statSync('README.md').size).toBeLessThanOrEqual(10 * 1024);
  });

  it('names every test command in its table of commands', () => {
    const table = text('README.md').match(/^## Commands\n+(?:\|.*\n)+/m)?.[0] ?? '';
    const tests = Object.keys(scripts).filter((name) => name.startsWith('test:'));
    expect(tests.filter((name) => !table.includes(`\`${name}\``))).toEqual([]);
  });

  it('starts by making the site yours, then the two commands of the quick start', () => {
    const headings = text('README.md').match(/^## .+$/gm) ?? [];
    expect(headings.slice(0, 2)).toEqual(['## Make it yours', '## Quick start']);
    expect(text('README.md')).toContain('npm ci && npm run build');
  });
});

describe.each(PAGES)('%s', (page) => {
  it('names only commands that package.json has', () => {
    const named = [...text(page).matchAll(/npm run ([a-z][a-z:-]*)/g)].map(([, name]) => name);
    expect(named.filter((name) => !(name in scripts))).toEqual([]);
  });

  it('links only to files that exist', () => {
    const targets = [...text(page).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map(([, target]) => target);
    const local = targets.filter((target) => !/^[a-z]+:/.test(target));
    expect(local.filter((target) => !existsSync(path.join(path.dirname(page), target)))).toEqual([]);
  });

  it('names only sections that exist: README, "…" or page.md, "…"', () => {
    const named = [
      ...text(page)
        .replace(/\n/g, ' ')
        .matchAll(/(README|[\w-]+\.md)\]?(?:\([^)]*\))?, "([^"]+)"/g),
    ];
    const missing = named.filter(([, file, heading]) => {
      const target = file === 'README' ? 'README.md' : path.join(path.dirname(page), file);
      const headings = existsSync(target) ? (text(target).match(/^#+ .+$/gm) ?? []) : [];
      return !headings.some((line) => line.replace(/^#+ /, '') === heading);
    });
    expect(missing.map(([mention]) => mention)).toEqual([]);
  });

  it('points its readers to source files that exist', () => {
    const sources = (text(page).match(/^Source:[\s\S]*?(?:\n\n|$)/m)?.[0] ?? '').match(/`[^`]+`/g) ?? [];
    const paths = sources.map((quoted) => quoted.slice(1, -1)).filter((name) => name.includes('/'));
    expect(paths.filter((name) => !existsSync(name))).toEqual([]);
  });
});

describe('the numbers the docs give', () => {
  it.each([
    ['README.md', /\| `title` [^\n]*?at most ([\d,]+) characters/, MAX_TITLE_LENGTH],
    ['README.md', /\| `url` [^\n]*?at most ([\d,]+) characters/, MAX_URL_LENGTH],
    ['README.md', /\| `tags` [^\n]*?each at most ([\d,]+) characters/, MAX_TAG_LENGTH],
    ['docs/writing-notes.md', /A summary is at most (\d+) KB/, MAX_SUMMARY_BYTES / 1000],
    ['docs/writing-notes.md', /nested at most (\d+) levels/, MAX_NESTING],
    ['docs/finding-and-following.md', /Feeds\*\* of the newest (\d+) notes/, SITE_FEED_SIZE],
    ['docs/finding-and-following.md', /feeds of its newest (\d+) notes/, TAG_FEED_SIZE],
    ['docs/scale.md', /paginated by (\d+)/, PAGE_SIZE],
    ['docs/how-the-build-works.md', /at most (\d+) KB gzipped/, SCRIPT_BUDGET / 1024],
  ])('%s: %s', (page, pattern, value) => {
    // Sentences wrap: a line break counts as a space, except in the README's tables (one row a line).
    const found = pattern.exec(page === 'README.md' ? text(page) : text(page).replace(/\n/g, ' '))?.[1];
    expect(Number(found?.replace(/,/g, ''))).toBe(value);
  });
});
