// Python's feedparser, the reader behind many aggregators, guesses whether RSS text is HTML and
// sanitizes what it takes for HTML: the feeds must read back as written there too.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as atomFeed } from '@/app/atom.xml/route';
import { GET as rssFeed } from '@/app/feed.xml/route';

beforeAll(() => {
  vi.stubEnv('NOTES_DIR', 'tests/fixtures/feeds');
});

const READ_FEED = `
import feedparser, json, sys
feed = feedparser.parse(sys.stdin.buffer.read())
def text(detail):
    return {"value": detail.value, "type": detail.type} if detail else None
print(json.dumps({
    "bozo": bool(feed.bozo),
    "author": feed.feed.get("author"),
    "entries": [{
        "title": text(entry.get("title_detail")),
        "tags": [tag.term for tag in entry.get("tags", [])],
        # An entry without a summary shows its content.
        "summary": text(entry.get("summary_detail") or entry.get("content", [None])[0]),
    } for entry in feed.entries],
}))
`;

type Text = { value: string; type: string };
type Read = { bozo: boolean; author: string; entries: { title: Text; tags: string[]; summary: Text }[] };

/** What feedparser reads from a feed. */
async function feedparser(response: Response): Promise<Read> {
  const python = spawnSync('/usr/bin/python3', ['-c', READ_FEED], { input: await response.text(), encoding: 'utf8' });
  expect(python.stderr).toBe('');
  return JSON.parse(python.stdout);
}

/** The text a reader shows: HTML is rendered, plain text shown as it is. */
function shown({ value, type }: Text): string {
  if (type !== 'text/html') return value;
  // A template's content is inert: nothing in it loads or runs.
  const template = document.createElement('template');
  template.innerHTML = value;
  expect([...template.content.querySelectorAll('*')].map((element) => element.localName)).toEqual([]);
  return template.content.textContent ?? '';
}

const expected = [
  {
    title: 'std::vector<T> & the <blink> tag: AT&T &copy; notes',
    tags: ['c++ <templates>', 'at&t &copy;'],
    summary: 'Plain text: <img src=x onerror=alert(1)> and &copy; stay text.',
  },
  {
    title: '<img src=x onerror=alert(1)> in a title',
    tags: ['<script>alert(1)</script>'],
    summary: 'A note on “<img src=x onerror=alert(1)> in a title” from markup.example.org.',
  },
];

describe('feeds as Python feedparser reads them', () => {
  it.each([
    ['Atom', atomFeed],
    ['RSS', rssFeed],
  ])('%s: titles, tags and summaries read back as written, none as markup', async (_format, feed) => {
    const read = await feedparser(feed());
    expect(read.bozo).toBe(false);
    const entries = read.entries.map(({ title, tags, summary }) => ({
      title: shown(title),
      tags,
      summary: shown(summary),
    }));
    expect(entries).toEqual(expected);
  });

  it('Atom: the feed has an author', async () => {
    expect((await feedparser(atomFeed())).author).toBe('Fixture Author');
  });
});
