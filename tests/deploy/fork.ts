// A fork as its new owner makes it with `npm run init`, and what its published site must show.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { install } from '@/tools/actions-runner/checkout';
import { texts, xmlDocument } from './published-site';

/** The variables the tests set that a person's shell does not have. */
const TEST_VARIABLES = ['SITE_FILE', 'NOTES_DIR', 'OUT_DIR', 'BASE_PATH', 'SITE_URL', 'GITHUB_REPOSITORY', 'NODE_ENV'];

const FORK_NOTES = ['a-first-note-of-my-own', 'a-second-note-of-my-own'];

/**
 * What a new owner does before the first push: `npm ci`, `npm run init` with their name,
 * repository and author, and two notes of their own.
 */
export function makeItAdas(workspace: string) {
  install(workspace);
  const init = [
    'npm',
    'run',
    '--silent',
    'init',
    '--',
    '--name',
    'Field Notes',
    '--repository',
    'ada/links',
    '--author',
    'Ada',
  ];
  execFileSync('env', [...TEST_VARIABLES.flatMap((name) => ['-u', name]), ...init], { cwd: workspace, stdio: 'pipe' });
  for (const [index, slug] of FORK_NOTES.entries()) {
    const note = `---\ntitle: "Field note ${index + 1}"\nurl: https://example.org/field/${index + 1}\ntags: [field work]\ndate: 2026-0${index + 1}-15\n---\n- **Seen:** a thing worth keeping.\n`;
    writeFileSync(path.join(workspace, 'content', `${slug}.md`), note);
  }
}

/** Every text file of the site: pages, feeds, the sitemap, scripts, styles, icons. */
function textFiles(out: string): string[] {
  return readdirSync(out, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(html|xml|json|js|css|svg|txt)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The words on an image, as the OCR program tesseract reads them (.ci/run installs it). */
function wordsOn(image: string): string {
  return execFileSync('tesseract', [image, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/**
 * A fork's own checks: its name and author everywhere, its notes published. (That `npm run init`
 * removes the starter notes is tests/unit/init.test.ts's: the deploy test builds fixture notes.)
 */
export function checkAdasSite(out: string) {
  const page = (file: string) => new JSDOM(readFileSync(path.join(out, file), 'utf8')).window.document;
  const home = page('index.html');
  expect(home.title).toBe('Field Notes');
  expect(home.querySelector('h1')?.textContent).toBe('Field Notes');
  expect(page('tag/field-work/index.html').title).toBe('Tag: field work · Field Notes');
  expect(page('note/a-first-note-of-my-own/index.html').title).toBe('Field note 1 · Field Notes');
  const feed = (file: string) => xmlDocument(path.join(out, file));
  expect(texts(feed('feed.xml'), 'title')[0]).toBe('Field Notes');
  expect(texts(feed('atom.xml'), 'title')[0]).toBe('Field Notes');
  expect(texts(feed('atom.xml'), 'name')).toEqual(['Ada']);
  const json = JSON.parse(readFileSync(path.join(out, 'feed.json'), 'utf8'));
  expect([json.title, json.authors]).toEqual(['Field Notes', [{ name: 'Ada', url: 'https://ada.github.io/links/' }]]);
  const card = wordsOn(path.join(out, 'og-image.png'));
  expect(card).toContain('Field Notes');
  expect(card.toLowerCase()).not.toContain('url-notes');
  const mentions = textFiles(out).filter((file) => /url-notes/i.test(readFileSync(file, 'utf8')));
  expect(mentions.map((file) => path.relative(out, file))).toEqual([]);
}
