import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JoinedStylesheets } from '@/lib/build/joined-stylesheets';
import type { Stage } from '@/lib/build/stage';
import { runStages } from '@/lib/build/stages';
import { missingReferences } from '@/lib/build/stages/check-references';
import { documentOf, stripScriptsStage } from '@/lib/build/stages/strip-scripts';

let out: string;
beforeEach(() => {
  out = mkdtempSync(path.join(tmpdir(), 'out-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

/** Writes `files` (path → content) under `dir`, the scratch `out/` unless given. */
function write(files: Record<string, string>, dir = out) {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

/** Every file and folder under `dir`, sorted, with `/` separators. */
const tree = (dir: string) =>
  (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .sort();

// The shape of a Next.js 16 export: script preloads, chunk scripts, the inline RSC payload.
const NEXT_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:title" content="T"/><meta name="twitter:image" content="/x/i.png"/><meta name="twitter:image:alt" content="A"/><link rel="stylesheet" href="/x/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/x/_next/static/chunks/b.js"/><link rel="modulepreload" href="/x/_next/static/chunks/m.js"/><script src="/x/_next/static/chunks/c.js" async=""></script><script src="/x/_next/static/chunks/p.js" noModule=""></script></head><body><main id="main"><p class="a">Fish &amp; chips <b>&lt;3</b></p><script data-keep="">document.title="kept"</script></main><script id="_R_">(globalThis.TURBOPACK=[]).push({})</script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"</p>"])</script></body></html>`;

describe('strip-scripts', () => {
  const DOCUMENT = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="twitter:card" content="summary_large_image"/><link rel="stylesheet" href="/x/_next/static/chunks/a.css" data-precedence="next"/></head><body><main id="main"><p class="a">Fish &amp; chips <b>&lt;3</b></p><script data-keep="">document.title="kept"</script></main></body></html>`;

  it('removes every script but the marked ones, the script preloads and the Twitter card’s copies of Open Graph, leaving the rest byte for byte', async () => {
    expect(await documentOf(NEXT_PAGE, new JoinedStylesheets(out, out))).toBe(DOCUMENT);
  });

  // A page of another kind, whose components bring a stylesheet of their own after the layout's.
  const TWO_STYLESHEETS = NEXT_PAGE.replace(
    '<link rel="preload"',
    '<link rel="stylesheet" href="/x/_next/static/chunks/c.css" data-precedence="next"/><link rel="preload"',
  );
  const JOINED = 'p{}\nq{}\n';
  const joinedFile = `_next/static/chunks/${createHash('sha256').update(JOINED.trimEnd()).digest('hex').slice(0, 16)}.css`;

  const EXPORT = {
    'index.html': NEXT_PAGE,
    'index.txt': 'payload',
    'tag/llm/index.html': NEXT_PAGE,
    'tag/llm/index.txt': 'payload',
    'tag/llm/__next._tree.txt': 'prefetch',
    'note/n/index.html': TWO_STYLESHEETS,
    '404.html': NEXT_PAGE,
    '404.txt': 'payload',
    'robots.txt': 'User-agent: *',
    '_next/static/chunks/a.css': 'p{}',
    '_next/static/chunks/c.css': 'q{}\n',
    '_next/static/chunks/b.js': '',
    '_next/static/build-id/_buildManifest.js': '',
    'search.js': 'export {}',
  };
  const DOCUMENTS = [
    '404.html',
    '_next',
    '_next/static',
    '_next/static/chunks',
    '_next/static/chunks/a.css',
    joinedFile,
    'index.html',
    'note',
    'note/n',
    'note/n/index.html',
    'robots.txt',
    'search.js',
    'tag',
    'tag/llm',
    'tag/llm/index.html',
  ].sort();

  it('deletes the payload files and the framework scripts, and keeps pages, styles and other text', async () => {
    write(EXPORT);
    expect(await stripScriptsStage().run(out)).toEqual([]);
    expect(tree(out)).toEqual(DOCUMENTS);
    expect(readFileSync(path.join(out, 'tag/llm/index.html'), 'utf8')).toBe(DOCUMENT);
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *');
  });

  it('joins a page’s stylesheets, in its order, into one file that it links instead, and leaves out what only joined files hold', async () => {
    write(EXPORT);
    await stripScriptsStage().run(out);
    expect(readFileSync(path.join(out, 'note/n/index.html'), 'utf8')).toBe(
      DOCUMENT.replace('href="/x/_next/static/chunks/a.css" data-precedence="next"', `href="/x/${joinedFile}"`),
    );
    expect(readFileSync(path.join(out, joinedFile), 'utf8')).toBe(JOINED);
    // a.css stays for the pages that link it alone; c.css only the joined file holds now.
    expect(existsSync(path.join(out, '_next/static/chunks/c.css'))).toBe(false);
    expect(readFileSync(path.join(out, '_next/static/chunks/a.css'), 'utf8')).toBe('p{}');
  });

  it('keeps the stylesheets apart when one after the first has a rule that must open a file', async () => {
    write({ ...EXPORT, '_next/static/chunks/c.css': '@import "x.css";q{}' });
    await stripScriptsStage().run(out);
    expect(readFileSync(path.join(out, 'note/n/index.html'), 'utf8')).toContain('chunks/a.css');
    expect(readFileSync(path.join(out, 'note/n/index.html'), 'utf8')).toContain('chunks/c.css');
    expect(existsSync(path.join(out, '_next/static/chunks/c.css'))).toBe(true);
  });

  it('writes only the documents of an export made elsewhere, in place of what the output folder held, and deletes the export', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'export-'));
    write(EXPORT, elsewhere);
    write({ 'note/deleted/index.html': 'a page of the last build' });
    expect(await stripScriptsStage(elsewhere).run(out)).toEqual([]);
    expect(tree(out)).toEqual(DOCUMENTS);
    expect(readFileSync(path.join(out, 'tag/llm/index.html'), 'utf8')).toBe(DOCUMENT);
    expect(readFileSync(path.join(out, '_next/static/chunks/a.css'), 'utf8')).toBe('p{}');
    expect(readFileSync(path.join(out, joinedFile), 'utf8')).toBe(JOINED);
    expect(existsSync(elsewhere)).toBe(false);
  });
});

describe('check-references', () => {
  const SITE = 'https://example.org/x';

  it('accepts pages whose every reference within the site is a file of the export', async () => {
    write({
      'index.html': `<a href="/x/tag/llm/">llm</a><a href="tag/llm">old spelling</a><a href="#main">skip</a><a href="https://other.example/x/nope/">out</a><a href="mailto:a@b.c">mail</a><link rel="canonical" href="https://example.org/x/"><img src="/x/a.svg?v=1" srcset="/x/a.svg 1x, /x/a.svg 2x"><a href="/x/tag/%E6%97%A5/">日</a>`,
      'tag/llm/index.html': '<a href="../../">home</a>',
      'tag/日/index.html': '',
      'a.svg': '<svg/>',
    });
    expect(await missingReferences(out, SITE)).toEqual([]);
  });

  it('names each page, attribute and address that points at no file', async () => {
    write({
      'index.html':
        '<a href="/x/missing/">gone</a><img srcset="/x/a.svg 1x, /x/b.svg 2x" src="/x/a.svg"><form action="/x/search/"></form>',
      'tag/llm/index.html':
        '<link rel="canonical" href="https://example.org/x/tag/llm/"><script src="/x/app.js" data-keep></script>',
      'a.svg': '<svg/>',
    });
    expect(await missingReferences(out, SITE)).toEqual([
      `${path.join(out, 'index.html')}: href: /x/missing/ does not exist`,
      `${path.join(out, 'index.html')}: srcset: /x/b.svg does not exist`,
      `${path.join(out, 'index.html')}: action: /x/search/ does not exist`,
      `${path.join(out, 'tag/llm/index.html')}: src: /x/app.js does not exist`,
    ]);
  });
});

describe('the stages runner', () => {
  /** A stage that notes its run in `ran` and finds `problems`. */
  const stage = (name: string, ran: string[], problems: string[] = []): Stage => ({
    name,
    run: async (outDir) => {
      ran.push(`${name} ${outDir}`);
      return problems;
    },
  });

  it('runs every stage on the output folder in order, groups side by side, and finds nothing', async () => {
    const ran: string[] = [];
    const stages = [stage('a', ran), [stage('b', ran), stage('c', ran)], stage('d', ran)];
    expect(await runStages('site', stages)).toEqual([]);
    expect(ran).toEqual(['a site', 'b site', 'c site', 'd site']);
  });

  it('stops after the first step with problems, with every problem of that step', async () => {
    const ran: string[] = [];
    const stages = [stage('a', ran), [stage('b', ran, ['one']), stage('c', ran, ['two'])], stage('d', ran)];
    expect(await runStages('site', stages)).toEqual(['one', 'two']);
    expect(ran).toEqual(['a site', 'b site', 'c site']);
  });

  it('turns a stage that throws into one line naming the stage, and stops', async () => {
    const ran: string[] = [];
    const broken: Stage = {
      name: 'broken',
      run: async () => {
        throw new Error('ENOSPC: no space left on device\n    at write (fs.js:1)');
      },
    };
    expect(await runStages('site', [broken, stage('after', ran)])).toEqual([
      'build: broken: ENOSPC: no space left on device',
    ]);
    expect(ran).toEqual([]);
  });
});
