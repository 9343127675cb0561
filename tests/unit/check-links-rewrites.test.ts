// `check-links --fix-moved` and `--mark` against hostile servers and caches: a note is rewritten
// only when the result reads as intended and passes the check; otherwise it stays, and one line
// says why.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitNote } from '@/lib/content/front-matter';
import { checkLinksScratch } from '@/tests/unit/links/cli';
import { startLinkServer } from '@/tests/unit/links/server';
import { CLI_TIMEOUT } from './scratch';

let server: Awaited<ReturnType<typeof startLinkServer>>;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());

const scratch = checkLinksScratch();
const note = (url: string) => `---\ntitle: A note\nurl: ${url}\ntags: [web]\ndate: 2025-01-02\n---\nA summary.\n`;
const fields = (text: string) => splitNote(text, () => {})?.data;

describe('check-links rewrites', { timeout: CLI_TIMEOUT }, () => {
  it('--fix-moved keeps a { … } note published when the target holds YAML syntax', async () => {
    const target = server.url("/land/new-f,'draft':true");
    const from = server.redirectTo(target);
    // A plain url in a flow mapping, as the issue found it: `,` and `'` end or quote a value there.
    scratch.write('flow', `---\n{title: Flow, url: ${from}, tags: [web], date: 2025-01-02}\n---\nText\n`);
    const { status, stdout, stderr } = await scratch.run('--fix-moved');
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/flow\.md: url: rewritten to where it moved/);
    expect(fields(scratch.read('flow'))).toEqual({ title: 'Flow', url: target, tags: ['web'], date: '2025-01-02' });
    expect(readdirSync(scratch.notesDir())).toEqual(['flow.md']);
  });

  it('--fix-moved leaves a note whose target the check would refuse, with one line each', async () => {
    const long = scratch.write('long', note(server.url('/to-long')));
    const taken = scratch.write('taken', note(server.redirectTo(server.url('/ok'))));
    scratch.write('other', note(server.url('/ok')));
    const { status, stderr } = await scratch.run('--fix-moved');
    expect(status).toBe(0);
    expect(scratch.read('long')).toBe(long);
    expect(scratch.read('taken')).toBe(taken);
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /long\.md: url: not rewritten to http:\/\/127\.0\.0\.1:\d+\/land\/a+…; npm run check would then fail: \S*long\.md: url: is 10\d{3} characters; the most is 2000$/,
      ),
      expect.stringMatching(
        /taken\.md: url: not rewritten to \S+\/ok; npm run check would then fail: \S*taken\.md: url: notes the same page as \S*other\.md/,
      ),
    ]);
  });

  it('takes nothing from a cache record that a run would not write', async () => {
    const url = server.url('/ok');
    const text = scratch.write('cached', note(url));
    const checkedAt = new Date().toISOString();
    const moved = { verdict: 'moved', status: '200', detail: 'moved', checkedAt, deadChecks: 0 };
    scratch.writeCache({ [url]: { ...moved, movedTo: 'javascript:alert(1)//\n#x' } });
    const { status, stderr } = await scratch.run('--fix-moved');
    expect(status).toBe(0);
    expect(stderr).toMatch(/^warning: \S+links\.json: http:\S+\/ok: ignored, movedTo is not an http\(s\) URL\n$/);
    expect(scratch.read('cached')).toBe(text);
  });

  it('--mark leaves a dead: whose anchor another field uses, saying why', async () => {
    const anchored = `---\ntitle: A\nurl: ${server.url('/ok')}\ntags: [web]\ndead: &d 2025-01-02\ndate: *d\n---\nText\n`;
    const text = scratch.write('anchored', anchored);
    const { status, stderr } = await scratch.run('--mark');
    expect(status).toBe(0);
    expect(stderr.trim()).toMatch(
      /anchored\.md: dead: not removed; dead: carries the anchor &d, which \*d uses; write that value out in its place and run again$/,
    );
    expect(scratch.read('anchored')).toBe(text);
  });
});
