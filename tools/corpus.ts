// Synthetic notes in the note format, for the benchmark and the scale regression test: the same
// recipe as ../shared/bench/gen_corpus.py (on which the Hugo anchor was measured), in TypeScript so
// that a fresh clone needs nothing else. Deterministic for a seed; tags follow a Zipf-like law over
// a vocabulary with spaces and punctuation. Two kinds: `full` notes carry 3–8 tags and 2–5
// bold-labelled bullets; `pocket` notes are what an import of Pocket leaves (a title, a URL, one or
// two tags, no summary), the kind a library of tens of thousands of links is mostly made of.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const WORDS = `model inference memory bandwidth batching cache token latency throughput cluster accelerator compiler
kernel quantization expert router draft verify tensor pipeline shard replica request queue scheduler budget cost price
review desktop laptop chip core thread benchmark score unified storage network packet protocol browser engine render
layout static export build deploy page route index search feed archive note link summary reader writer editor parser
grammar syntax tree graph node edge weight vector matrix sparse dense layer attention context window prompt agent tool
plan`.split(/\s+/);

const BASE_TAGS = [
  'llm',
  'large language model',
  'hardware',
  'gpu',
  'tpu',
  'inference',
  'c++',
  'c#',
  'node.js',
  'rust',
  'typescript',
  'next.js',
  'web performance',
  'databases',
  'distributed systems',
  'security',
  'privacy',
  'economics',
  'hacker news',
  'ai',
  'machine learning',
  'open source',
  'linux',
  'networking',
  'compilers',
  'design',
];

const HOSTS = ['news.ycombinator.com', 'example.org', 'blog.example.com', 'arxiv.org', 'github.com'];

/** A small seeded generator (mulberry32): the same seed gives the same corpus on every machine. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  return { next, int, pick };
}

/** `full`: a summary and 3–8 tags a note; `pocket`: a title, a URL, one or two tags, no summary. */
export type CorpusKind = 'full' | 'pocket';

/** The kinds of `CorpusKind`, for a command line to check its argument against. */
export const CORPUS_KINDS: readonly CorpusKind[] = ['full', 'pocket'];

/** `name`: the start of each file's name, so that two corpora can share a folder. */
type CorpusOptions = { seed?: number; tags?: number; kind?: CorpusKind; name?: string };

/** Writes `count` notes into `dir` as `synthetic-000000.md`, …; returns the folder. */
export function writeCorpus(
  dir: string,
  count: number,
  { seed = 1, tags = 300, kind = 'full', name = 'synthetic' }: CorpusOptions = {},
): string {
  const rng = random(seed);
  const words = (lo: number, hi: number) => Array.from({ length: rng.int(lo, hi) }, () => rng.pick(WORDS)).join(' ');
  const vocab = [...BASE_TAGS];
  while (vocab.length < tags) {
    const tag = words(1, 3);
    if (!vocab.includes(tag)) vocab.push(tag);
  }
  const weights = vocab.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const zipfTag = () => {
    let x = rng.next() * total;
    for (const [i, w] of weights.entries()) {
      x -= w;
      if (x < 0) return vocab[i];
    }
    return vocab[vocab.length - 1];
  };
  const quote = (text: string) => JSON.stringify(text);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i += 1) {
    const title = words(4, 10);
    const noteTags = [...new Set(Array.from({ length: kind === 'full' ? rng.int(3, 8) : rng.int(1, 2) }, zipfTag))];
    const day = new Date(Date.UTC(2020, 0, 1) + rng.int(0, 2500) * 86_400_000).toISOString().slice(0, 10);
    const body: string[] = [];
    for (let b = kind === 'full' ? rng.int(2, 5) : 0; b > 0; b -= 1) {
      const label = words(1, 3).replace(/\b\w/g, (c) => c.toUpperCase());
      body.push(`- **${label}**:`);
      for (let s = rng.int(2, 4); s > 0; s -= 1) {
        const sentence = words(8, 22);
        body.push(`  - ${sentence[0].toUpperCase()}${sentence.slice(1)}.`);
      }
    }
    const front = [
      '---',
      `title: ${quote(title[0].toUpperCase() + title.slice(1))}`,
      `url: ${quote(`https://${rng.pick(HOSTS)}/item/${i}-${rng.int(1000, 999999)}`)}`,
      'tags:',
      ...noteTags.map((tag) => `  - ${quote(tag)}`),
      `date: ${day}`,
      '---',
    ];
    writeFileSync(path.join(dir, `${name}-${String(i).padStart(6, '0')}.md`), `${[...front, ...body].join('\n')}\n`);
  }
  return dir;
}
