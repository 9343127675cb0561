// `npm run check-links` as a user runs it, against notes in a scratch folder pointing at a local
// server. The command runs in a child process, asynchronously, so this process can answer it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkLinksScratch } from '@/tests/unit/links/cli';
import { closedPortUrl, startLinkServer } from '@/tests/unit/links/server';
import { CLI_TIMEOUT } from './scratch';

let server: Awaited<ReturnType<typeof startLinkServer>>;
let closed = '';
beforeAll(async () => {
  server = await startLinkServer();
  closed = await closedPortUrl();
});
afterAll(() => server.close());

const scratch = checkLinksScratch();
const checkLinks = scratch.run;
const read = scratch.read;
beforeEach(() => {
  server.requests.length = 0;
});

function writeNote(slug: string, url: string, extra = '') {
  return scratch.write(
    slug,
    `---\r\ntitle: "Note ${slug}"\r\nurl: "${url}" # the link\r\ntags: [web]\r\ndate: 2025-01-02\r\n${extra}---\r\nA summary.\r\n`,
  );
}

/** The paths the server was asked for since the last call, sorted, each once. */
function askedPaths(): string[] {
  const paths = [...new Set(server.requests.map((request) => request.split(' ')[1]))].sort();
  server.requests.length = 0;
  return paths;
}

// One note per outcome the table groups, and a draft that only `--drafts` asks about.
function writeNotes() {
  writeNote('fine', server.url('/ok'));
  const moved = writeNote('moved', server.url('/old'));
  writeNote('dead', server.url('/missing'));
  writeNote('broken', server.url('/broken'));
  writeNote('refused', closed);
  writeNote('draft', server.url('/gone'), 'draft: true\r\n');
  return { moved };
}

describe('npm run check-links', { timeout: CLI_TIMEOUT }, () => {
  it('prints a table grouped dead, moved, failing, fine and a summary; exits 0', { timeout: CLI_TIMEOUT }, async () => {
    writeNotes();
    const { status, stdout, stderr } = await checkLinks();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const headings = stdout.split('\n').filter((line) => /^[A-Z].* \(\d+\)$/.test(line));
    expect(headings).toEqual(['Dead (1)', 'Moved (1)', 'Failing for now (2)', 'Fine (1)']);
    expect(stdout).toMatch(/dead\.md\s+http:\/\/127\.0\.0\.1:\d+\/missing\s+404\s+not found/);
    expect(stdout).toContain(`moved to ${server.url('/ok')}`);
    expect(stdout).toMatch(/refused\.md\s+\S+\s+ECONNREFUSED\s+connection refused/);
    expect(stdout.trim().split('\n').at(-1)).toBe('5 links: 1 dead, 1 moved, 2 failing for now, 1 fine.');
    expect(askedPaths()).not.toContain('/gone');
  });

  it('exits 1 with --strict when a link is dead, and gives JSON with --json', { timeout: CLI_TIMEOUT }, async () => {
    writeNotes();
    const strict = await checkLinks('--strict', '--json', '--drafts');
    expect(strict.status).toBe(1);
    const report = JSON.parse(strict.stdout);
    expect(report).toMatchObject({ dead: 2, moved: 1, failing: 2, fine: 1, fixed: [] });
    expect(report.links).toContainEqual({
      file: expect.stringMatching(/draft\.md$/),
      url: server.url('/gone'),
      verdict: 'dead',
      status: '410',
      detail: 'gone',
      cached: false,
    });
    // Each a page of its own: two notes of one page would fail the check before any link is asked.
    writeNote('dead', server.url('/no-head'));
    writeNote('draft', server.url('/forbidden-head'), 'draft: true\r\n');
    expect((await checkLinks('--strict')).status).toBe(0);
  });

  it('asks again only failed and new URLs within the cache age; --fresh asks all', {
    timeout: CLI_TIMEOUT,
  }, async () => {
    writeNotes();
    await checkLinks();
    expect(askedPaths()).toEqual(['/broken', '/missing', '/ok', '/old']);
    writeNote('new', server.url('/temporary'));
    const second = await checkLinks();
    expect(askedPaths()).toEqual(['/broken', '/missing', '/ok', '/temporary']);
    // /ok is asked once more only as where /temporary leads; its own note's answer came from the cache.
    expect(second.stdout).toMatch(/fine\.md .* ok \(cached\)/);
    expect(second.stdout).toContain('(2 from the cache)');
    await checkLinks('--fresh');
    expect(askedPaths()).toEqual(['/broken', '/missing', '/ok', '/old', '/temporary']);
    await checkLinks('--max-age', '0');
    expect(askedPaths()).toEqual(['/broken', '/missing', '/ok', '/old', '/temporary']);
  });

  it('--fix-moved rewrites only the url of notes that moved, byte for byte', { timeout: CLI_TIMEOUT }, async () => {
    const { moved } = writeNotes();
    // Where /old moved to must be no other note's page, or the rewrite would be refused as a duplicate.
    writeNote('fine', server.url('/no-head'));
    const untouched = ['fine', 'dead', 'broken', 'refused', 'draft'].map(read);
    const { status, stdout } = await checkLinks('--fix-moved');
    expect(status).toBe(0);
    expect(stdout).toMatch(/moved\.md: url: rewritten to where it moved/);
    expect(read('moved')).toBe(moved.replace(server.url('/old'), server.url('/ok')));
    expect(['fine', 'dead', 'broken', 'refused', 'draft'].map(read)).toEqual(untouched);
  });

  it('--mark adds dead: to a note dead on two runs a day apart, byte for byte, and removes it once fine', {
    timeout: CLI_TIMEOUT,
  }, async () => {
    // The cache as a run a day earlier left it: /missing dead once, since 20 Nov 2026.
    // The cache as a run a day earlier left it: /missing dead once, since 20 Nov 2026.
    const firstDead = '2026-11-20T08:00:00.000Z';
    const record = {
      verdict: 'dead',
      status: '404',
      detail: 'not found',
      checkedAt: firstDead,
      deadSince: firstDead,
      deadChecks: 1,
    };
    scratch.writeCache({ [server.url('/missing')]: record });
    const dead = writeNote('dead', server.url('/missing'));
    const once = writeNote('once', server.url('/gone'));
    const fine = writeNote('fine', server.url('/ok'));

    const marking = await checkLinks('--mark');
    expect(marking.status).toBe(0);
    expect(marking.stdout).toMatch(/dead\.md: dead: 2026-11-20 added; its title now links the archived copy\n/);
    expect(read('dead')).toBe(dead.replace('date: 2025-01-02\r\n', 'date: 2025-01-02\r\ndead: 2026-11-20\r\n'));
    // Found dead on this run only: not yet.
    expect(read('once')).toBe(once);
    expect(read('fine')).toBe(fine);

    // A second run keeps the day, and the marked note passes the notes' checks (else no JSON report).
    const again = await checkLinks('--mark', '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ marked: [], cleared: [] });
    expect(read('dead')).toBe(dead.replace('date: 2025-01-02\r\n', 'date: 2025-01-02\r\ndead: 2026-11-20\r\n'));

    // The page answers again: the line goes, and only it.
    scratch.write('dead', read('dead').replace('/missing', '/no-head'));
    const answering = read('dead');
    const clearing = await checkLinks('--mark', '--json');
    expect(JSON.parse(clearing.stdout)).toMatchObject({ marked: [], cleared: [expect.stringMatching(/dead\.md$/)] });
    expect(read('dead')).toBe(answering.replace('dead: 2026-11-20\r\n', ''));
  });

  it('without --mark, notes stay as they are', { timeout: CLI_TIMEOUT }, async () => {
    const fine = writeNote('fine', server.url('/ok'), 'dead: 2026-11-20\r\n');
    const { status } = await checkLinks();
    expect(status).toBe(0);
    expect(read('fine')).toBe(fine);
  });

  it("prints the notes' problems as npm run check does and exits 1", { timeout: CLI_TIMEOUT }, async () => {
    writeNote('fine', server.url('/ok'));
    scratch.write('bad', '---\ntitle: Bad\nurl: ftp://x\ntags: [a]\ndate: 2025-01-02\n---\n');
    const { status, stdout, stderr } = await checkLinks();
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/bad\.md: url: must be an absolute http\(s\) URL \(got "ftp:\/\/x"\)\n/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(askedPaths()).toEqual([]);
    const json = await checkLinks('--json');
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).problems).toEqual([
      {
        file: expect.stringMatching(/bad\.md$/),
        field: 'url',
        message: 'must be an absolute http(s) URL (got "ftp://x")',
      },
    ]);
  });

  it('names a bad flag value in one line each, an empty one too (it is not 0)', async () => {
    const { status, stderr } = await checkLinks('--timeout', 'soon', '--pause', '');
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'check-links: --timeout: must be a number of seconds, from 0.001 to 2147483 (got "soon")',
      'check-links: --pause: must be a number of seconds, from 0 to 2147483 (got "")',
    ]);
  });

  it('refuses a timeout or pause longer than a timer holds, one line each, before asking any URL', async () => {
    writeNote('fine', server.url('/ok'));
    const { status, stdout, stderr } = await checkLinks('--timeout', '5000000', '--pause', '2147484', '--max-age=-1');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      'check-links: --timeout: must be a number of seconds, from 0.001 to 2147483 (got "5000000")',
      'check-links: --pause: must be a number of seconds, from 0 to 2147483 (got "2147484")',
      'check-links: --max-age: must be a number of days, at least 0 (got "-1")',
    ]);
    expect(askedPaths()).toEqual([]);
  });
});
