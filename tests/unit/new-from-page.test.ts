// `npm run new` reading the page, as a user runs it, against the tests' local web (127.0.0.1 and
// 127.0.0.2) and a stand-in model server speaking the chat completions shape. The command runs as
// a child process, asynchronously, so that this process can serve it.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNotes } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { CLI_TIMEOUT, scratchNotes } from './scratch';
import { bytes, html, type LocalWeb, redirect, startLocalWeb } from './web/web';

const FIXTURES = ['essay-one.md', 'essay-two.md', 'a-paper.md', 'tags.yml'].map((file) =>
  path.join('tests/fixtures/new-from-page', file),
);
const { folder } = scratchNotes(...FIXTURES);

type Run = { status: number; stdout: string; stderr: string };

/** Runs `npm run new` with `env` over this process's, less any SUMMARY_* setting of the machine's. */
function runNew(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NOTES_DIR: folder.dir, ...env };
  for (const name of Object.keys(childEnv)) if (name.startsWith('SUMMARY_') && !(name in env)) delete childEnv[name];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/new.ts', '--date', '2026-01-02', ...args],
      { env: childEnv, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const noteText = (run: Run) => readFileSync(run.stdout.trim(), 'utf8');
const problems = () => loadNotes(folder.dir).problems.map(formatProblem);

const ARTICLE = `<article><h1>How to do great work</h1>${'<p>The way to do great work is to find something you are curious about and work on it hard.</p>'.repeat(6)}</article><footer>Site footer</footer>`;

let web: LocalWeb;
beforeAll(async () => {
  web = await startLocalWeb({
    '/essays/great-work.html': html(
      `<title>How to Do Great Work | Essays &amp; More</title><meta property="og:site_name" content="Essays &amp; More"><meta name="description" content="What *great* work is, and [how](javascript:alert(1)) to do it."><meta name="keywords" content="Large Language Models, careers">`,
      ARTICLE,
    ),
    '/moved': redirect((local) => local.url('/essays/great-work.html'), 301),
    '/missing-page': html('<title>404 Not Found</title>', '', { status: 404 }),
    '/guarded': html('<title>Just a moment...</title>', '', { status: 403 }),
    '/hang': () => {},
    '/nihongo': bytes(
      'text/html; charset=Shift_JIS',
      '<title>',
      Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]),
      '</title>',
    ),
    '/unruly-title': html(`<title>A bell\u0007 rings ${'and rings '.repeat(60)}</title>`, ''),
  });
});
afterAll(() => web.close());

describe('npm run new reads the page', { timeout: CLI_TIMEOUT }, () => {
  it('titles the note from the page, quotes its description, and takes the site’s own tags, saying why', async () => {
    const run = await runNew([web.url('/essays/great-work.html')]);
    expect(run.status).toBe(0);
    expect(path.basename(run.stdout.trim())).toBe('how-to-do-great-work.md');
    expect(run.stderr).toContain(
      `page: read ${web.url('/essays/great-work.html')}: "How to Do Great Work" and its description`,
    );
    expect(run.stderr).toContain(
      'tags: essays (2 notes from 127.0.0.1), startups (1 note from 127.0.0.1), llm (named in the keywords)',
    );
    const text = noteText(run);
    expect(text).toContain('title: "How to Do Great Work"');
    expect(text).toContain('tags: ["essays", "startups", "llm"]');
    // The page's words, quoted and escaped so that they show as written and link nowhere.
    expect(text).toContain(
      '> What \\*great\\* work is, and \\[how\\](javascript:alert(1)) to do it.\n\n— Essays \\& More\n\n- **What it is:** …',
    );
    expect(problems()).toEqual([]);
  });

  it('keeps the URL as given when it redirects, across hosts', async () => {
    const run = await runNew([web.url('/moved', 2)]);
    expect(run.status).toBe(0);
    expect(noteText(run)).toContain(`url: "${web.url('/moved', 2)}"`);
    expect(noteText(run)).toContain('title: "How to Do Great Work"');
  });

  it('honours a Shift_JIS page; of a host with no notes, naming no tag, it is unsorted', async () => {
    const run = await runNew([web.url('/nihongo', 2)]);
    expect(run.status).toBe(0);
    expect(noteText(run)).toContain('title: "日本語"');
    expect(run.stderr).toContain("tags: unsorted (no tag of the site's fits the page)");
  });

  it('takes a page’s title with a control character and past the check’s length as one line, cut at a word', async () => {
    const run = await runNew([web.url('/unruly-title')]);
    expect(run.status).toBe(0);
    const title = /^title: "(.*)"$/m.exec(noteText(run))?.[1] ?? '';
    expect(title.startsWith('A bell rings and rings and rings')).toBe(true);
    expect(title).toMatch(/ (and|rings)…$/);
    expect(title.length).toBeLessThanOrEqual(500);
    expect(problems()).toEqual([]);
  });

  it.each([
    ['/missing-page', 'the server answered 404', 'Missing page — 127.0.0.1'],
    ['/guarded', 'a bot challenge (Cloudflare) answered instead of the page', 'Guarded — 127.0.0.1'],
    ['/hang', 'no answer within 1 s', 'Hang — 127.0.0.1'],
  ])('writes %s with a title made from its URL, and one line says why', async (page, reason, title) => {
    const run = await runNew([web.url(page), '--timeout', '1']);
    expect(run.status).toBe(0);
    expect(run.stderr.split('\n')[0]).toBe(`page: not read: ${reason}; the title is made from the URL`);
    expect(noteText(run)).toContain(`title: "${title}"`);
    expect(problems()).toEqual([]);
  });

  it('reads nothing with --offline: titled with the URL, unsorted, the skeleton', async () => {
    web.requests.length = 0;
    const run = await runNew(['--offline', web.url('/essays/great-work.html')]);
    expect(run.status).toBe(0);
    expect(web.requests).toEqual([]);
    expect(noteText(run)).toContain(`title: "${web.url('/essays/great-work.html')}"`);
    expect(noteText(run)).toContain('tags: ["unsorted"]');
  });
});

type Received = { authorization?: string; body: { model?: string; messages?: { role: string; content: string }[] } };

/** A stand-in model: answers every chat completion with the message `content`, keeping what it was sent. */
async function startModel(content: string) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ authorization: request.headers.authorization, body: JSON.parse(body) });
      response.writeHead(request.url === '/v1/chat/completions' ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the stand-in model has no port');
  return {
    apiUrl: `http://127.0.0.1:${address.port}/v1`,
    received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const DRAFT = `- **What it is:** An essay on doing great work.
- **Key points:**
  - Curiosity comes first.
- **Why it matters:** It says how.`;

describe('npm run new --draft-summary', { timeout: CLI_TIMEOUT }, () => {
  it('sends the readable text and the site’s tags to the model, and writes its draft as draft: true', async () => {
    const model = await startModel(
      JSON.stringify({ summary: DRAFT, tags: ['Large Language Models', 'invented', 'careers'] }),
    );
    try {
      const run = await runNew([web.url('/essays/great-work.html'), '--draft-summary'], {
        SUMMARY_API_URL: model.apiUrl,
        SUMMARY_MODEL: 'stand-in:7b',
      });
      expect(run.status).toBe(0);
      expect(model.received).toHaveLength(1);
      const [{ authorization, body }] = model.received;
      expect(authorization).toBeUndefined();
      expect(body.model).toBe('stand-in:7b');
      const sent = (body.messages ?? []).map(({ content }) => content).join('\n');
      expect(sent).toContain('The way to do great work is to find something you are curious about');
      expect(sent).not.toContain('Site footer');
      expect(sent).toContain(`The site's tags: ${JSON.stringify(['compilers', 'essays', 'llm', 'startups'])}`);
      const text = noteText(run);
      expect(text).toContain('draft: true');
      expect(text).toContain(DRAFT);
      // The model's tags that the site has (an alias read as its tag); "invented" and "careers" are not.
      expect(text).toContain('tags: ["llm", "essays", "startups"]');
      expect(run.stderr).toContain('llm (chosen by the model; named in the keywords)');
      expect(problems()).toEqual([]);
    } finally {
      await model.close();
    }
  });

  it('sends the key as a bearer token when one is set', async () => {
    const model = await startModel(JSON.stringify({ summary: DRAFT, tags: [] }));
    try {
      const run = await runNew([web.url('/essays/great-work.html'), '--draft-summary'], {
        SUMMARY_API_URL: model.apiUrl,
        SUMMARY_MODEL: 'stand-in:7b',
        SUMMARY_API_KEY: 'sk-test',
      });
      expect(run.status).toBe(0);
      expect(model.received.map(({ authorization }) => authorization)).toEqual(['Bearer sk-test']);
    } finally {
      await model.close();
    }
  });

  it('writes nothing when the model answers with something other than the JSON asked for', async () => {
    const model = await startModel('Sure! Here is a summary of the page.');
    try {
      const before = readdirSync(folder.dir).sort();
      const run = await runNew([web.url('/essays/great-work.html'), '--draft-summary'], {
        SUMMARY_API_URL: model.apiUrl,
        SUMMARY_MODEL: 'stand-in:7b',
      });
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n').at(-1)).toBe(
        'new: --draft-summary: the model\'s answer is not the JSON asked for: "Sure! Here is a summary of the page."; nothing was written',
      );
      expect(readdirSync(folder.dir).sort()).toEqual(before);
    } finally {
      await model.close();
    }
  });

  it('refuses a title whose file exists before the model is asked, so that no draft is lost', async () => {
    const model = await startModel(JSON.stringify({ summary: DRAFT, tags: [] }));
    try {
      const first = await runNew([web.url('/essays/great-work.html'), '--offline', '--title', 'Taken']);
      expect(first.status).toBe(0);
      const before = readdirSync(folder.dir).sort();
      const run = await runNew([web.url('/moved'), '--title', 'Taken', '--draft-summary'], {
        SUMMARY_API_URL: model.apiUrl,
        SUMMARY_MODEL: 'stand-in:7b',
      });
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n').at(-1)).toBe(
        `new: ${folder.dir}/taken.md exists already; give another --title`,
      );
      expect(model.received).toEqual([]);
      expect(readdirSync(folder.dir).sort()).toEqual(before);
    } finally {
      await model.close();
    }
  });

  it('without SUMMARY_API_URL says so in one line and writes nothing', async () => {
    web.requests.length = 0;
    const before = readdirSync(folder.dir).sort();
    const run = await runNew([web.url('/essays/great-work.html'), '--draft-summary']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('new: --draft-summary needs SUMMARY_API_URL and SUMMARY_MODEL');
    expect(readdirSync(folder.dir).sort()).toEqual(before);
    expect(web.requests).toEqual([]);
  });
});
