import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_DEFAULTS, type PageSettings, readPage, titleFromUrl } from '@/lib/web/page';
import { bytes, endless, html, type LocalWeb, type Page, redirect, startLocalWeb } from './web';

// A deadline short enough that the page that never answers ends the test quickly, long enough
// that every page that does answer makes it on a busy machine.
const SETTINGS: PageSettings = { ...PAGE_DEFAULTS, timeoutMs: 3_000 };

const meta = (property: string, content: string) => `<meta property="${property}" content="${content}">`;
const named = (name: string, content: string) => `<meta name="${name}" content="${content}">`;
const jsonLd = (item: object) => `<script type="application/ld+json">${JSON.stringify(item)}</script>`;
const SHIFT_JIS_NIHONGO = Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]); // 日本語

const PAGES: Record<string, Page> = {
  '/all': html(
    `<title>The title element</title>${meta('og:title', 'Open &amp; Graph — Site')}${named('twitter:title', 'Twitter')}${jsonLd({ '@type': 'Article', headline: 'Headline' })}${meta('og:site_name', 'Site')}`,
  ),
  '/twitter': html(`<title>The title element</title>${named('twitter:title', 'Twitter title')}`),
  '/json-ld': html(
    `<title>The title element</title>${jsonLd({ '@type': 'NewsArticle', headline: 'A headline &amp; more' })}`,
  ),
  '/json-ld-graph': html(
    `<title>The title element</title>${jsonLd({
      '@graph': [
        { '@type': 'Organization', name: 'Publisher' },
        { '@type': 'WebPage', name: 'The work' },
      ],
    })}`,
  ),
  '/title-only': html('<title>  Only the\n title &eacute;l&eacute;ment | Example Site </title>'),
  '/site-name': html(`<title>How to Do Great Work | Paul Graham</title>${meta('og:site_name', 'Paul Graham')}`),
  '/about': html(
    `<title>About</title>${meta('og:description', 'A page about &lt;things&gt;.')}${named('keywords', 'Rust, web assembly,  compilers ')}${meta('article:tag', 'Machine Learning')}${meta('article:tag', 'LLM')}`,
  ),
  '/latin-1': bytes('text/html; charset=iso-8859-1', '<title>', Buffer.from('Café crème', 'latin1'), '</title>'),
  '/shift-jis': bytes('text/html', '<meta charset="shift_jis"><title>', SHIFT_JIS_NIHONGO, '</title>'),
  '/missing': html('<title>Page not found</title>', '', { status: 404 }),
  '/challenge': html('<title>Just a moment...</title>', '', { status: 503 }),
  '/challenge-header': html('<title>Welcome</title>', '', { status: 403, headers: { 'cf-mitigated': 'challenge' } }),
  '/consent': html('<title>Before you continue</title>'),
  '/pdf': bytes('application/pdf', '%PDF-1.7'),
  '/hang': () => {},
  // Answers, sends half a head, then nothing more.
  '/stall': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.write('<!doctype html><html><head><title>Half a');
  },
  '/to-second': redirect((web) => web.url('/back-to-first', 2), 301),
  '/back-to-first': redirect((web) => web.url('/site-name', 1), 302),
  '/relative': redirect('site-name', 307),
  '/to-ftp': redirect('ftp://127.0.0.1/file'),
  '/loop': redirect('/loop'),
  ...Object.fromEntries(Array.from({ length: 12 }, (_, n) => [`/hop/${n}`, redirect(`/hop/${n + 1}`)])),
  '/hop/12': html('<title>The end of the chain</title>'),
  '/huge-head': endless(`<!doctype html><html><head><title>Huge</title>`, '<meta name="x" content="filler">', 200),
  '/huge-body': endless(
    `<!doctype html><html><head><title>Small head</title></head><body>`,
    '<p>Far too much text.</p>',
    200,
  ),
  '/article': html(
    '<title>An article</title>',
    `<nav><a href="/">Home</a> <a href="/about">About</a></nav><article><h1>An article</h1>${'<p>Readable paragraph about compilers and how they turn text into programs, one pass at a time.</p>'.repeat(8)}</article><footer>Copyright</footer>`,
  ),
};

let web: LocalWeb;
beforeAll(async () => {
  web = await startLocalWeb(PAGES);
});
afterAll(() => web.close());

async function page(path: string) {
  const reading = await readPage(web.url(path), SETTINGS);
  if (!reading.read) throw new Error(`${path} was not read: ${reading.reason}`);
  return reading.page;
}

async function reason(url: string, settings = SETTINGS) {
  const reading = await readPage(url, settings);
  if (reading.read) throw new Error(`${url} was read as ${reading.page.title}`);
  return reading.reason;
}

describe('readPage: the title', () => {
  it('takes Open Graph, then Twitter, then JSON-LD, then <title>, entities decoded', async () => {
    expect((await page('/all')).title).toBe('Open & Graph');
    expect((await page('/twitter')).title).toBe('Twitter title');
    expect((await page('/json-ld')).title).toBe('A headline & more');
    expect((await page('/json-ld-graph')).title).toBe('The work');
    expect((await page('/title-only')).title).toBe('Only the title élément | Example Site');
  });

  it('takes the site’s name off the end when the page names its site', async () => {
    expect(await page('/site-name')).toMatchObject({ title: 'How to Do Great Work', siteName: 'Paul Graham' });
  });

  it('honours the charset of the header and of <meta charset>', async () => {
    expect((await page('/latin-1')).title).toBe('Café crème');
    expect((await page('/shift-jis')).title).toBe('日本語');
  });
});

describe('readPage: what else the head says', () => {
  it('reads the description, the keywords and the article:tags', async () => {
    expect(await page('/about')).toMatchObject({
      description: 'A page about <things>.',
      keywords: ['Rust', 'web assembly', 'compilers'],
      tags: ['Machine Learning', 'LLM'],
    });
  });

  it('gives the readable text and the HTML only when asked', async () => {
    expect((await page('/article')).readableText).toBeUndefined();
    const reading = await readPage(web.url('/article'), SETTINGS, { text: true });
    if (!reading.read) throw new Error(reading.reason);
    expect(reading.page.readableText).toContain('Readable paragraph about compilers');
    expect(reading.page.readableText).not.toContain('Copyright');
    expect(reading.page.html).toContain('<article>');
  });
});

describe('readPage: an answer that is not the page', () => {
  it('names an error status, a challenge and a consent wall, and never takes their title', async () => {
    expect(await reason(web.url('/missing'))).toBe('the server answered 404');
    expect(await reason(web.url('/challenge'))).toBe('a bot challenge (Cloudflare) answered instead of the page');
    expect(await reason(web.url('/challenge-header'))).toBe(
      'a bot challenge (Cloudflare) answered instead of the page',
    );
    expect(await reason(web.url('/consent'))).toBe('a consent wall (Google) answered instead of the page');
    expect(await reason(web.url('/pdf'))).toBe('it is application/pdf, not an HTML page');
  });

  it('ends a page that never answers, or stops halfway, at the deadline', async () => {
    expect(await reason(web.url('/hang'), { ...SETTINGS, timeoutMs: 500 })).toBe('no answer within 0.5 s');
    expect(await reason(web.url('/stall'), { ...SETTINGS, timeoutMs: 500 })).toBe('no answer within 0.5 s');
  });

  it('refuses what is not http(s), before asking anything', async () => {
    expect(await reason('file:///etc/passwd')).toBe('not an http(s) URL');
  });
});

describe('readPage: redirects, by the rules of check-links', () => {
  it('follows a chain across the two hosts to the page, which it names', async () => {
    web.requests.length = 0;
    const found = await page('/to-second');
    expect(found).toMatchObject({ title: 'How to Do Great Work', finalUrl: web.url('/site-name') });
    expect(web.requests).toEqual([
      `GET ${new URL(web.url('/to-second')).host}/to-second`,
      `GET ${new URL(web.url('/', 2)).host}/back-to-first`,
      `GET ${new URL(web.url('/')).host}/site-name`,
    ]);
    expect((await page('/relative')).finalUrl).toBe(web.url('/site-name'));
  });

  it('follows 10 redirects and no more, and never a loop or a non-web address', async () => {
    expect((await page('/hop/2')).title).toBe('The end of the chain');
    expect(await reason(web.url('/hop/1'))).toBe('more than 10 redirects');
    expect(await reason(web.url('/loop'))).toBe(`redirect loop at ${web.url('/loop')}`);
    expect(await reason(web.url('/to-ftp'))).toBe('redirect to a non-web address: ftp://127.0.0.1/file');
  });
});

describe('readPage: a page of 200 MB', () => {
  it.each([
    ['at the byte limit when the head never ends', '/huge-head', 'Huge'],
    ['where the head ends', '/huge-body', 'Small head'],
  ])('stops %s, and hangs up', async (_where, path, title) => {
    web.endless.sent = 0;
    web.endless.closed = false;
    expect((await page(path)).title).toBe(title);
    await expect.poll(() => web.endless.closed).toBe(true);
    // Read: at most 2 MB; sent beyond that: what the sockets' buffers held when the reader left.
    expect(web.endless.sent).toBeLessThan(20 * 1024 * 1024);
  });
});

describe('titleFromUrl', () => {
  it('makes words of the last path segment, decoded, and names the host', () => {
    expect(titleFromUrl('https://www.paulgraham.com/greatwork.html')).toBe('Greatwork — paulgraham.com');
    expect(titleFromUrl('https://example.com/blog/how-to_do%20great+work/')).toBe('How to do great work — example.com');
    expect(titleFromUrl('https://example.com/wiki/Caf%C3%A9')).toBe('Café — example.com');
    expect(titleFromUrl('https://xn--bcher-kva.de/')).toBe('bücher.de');
  });
});
