// Lighthouse (pinned at 12.2.3, the last release for Node 20) on the built site as
// `npm run preview` serves it, with mobile and desktop settings, on the home page, a tag page, a
// note page, /tags/ and /search/. Used by `npm run audit` and the audit test.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { getAllNotes, getAllTags } from '@/lib/notes';
import { notePath, tagPath } from '@/lib/paths';
import { servePreview } from '@/lib/preview-server';
import { basePath } from '@/lib/site';
import { CHROMIUM_ARGS, findChromium } from './chromium';

export type FormFactor = 'mobile' | 'desktop';
export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

/** One page's Lighthouse result, reduced to what the table shows. */
export type Audit = {
  page: string;
  formFactor: FormFactor;
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  bytes: number;
  /** Audits that cost points: `category/audit-id`. */
  failing: string[];
};

/** The pages the audit covers, as paths under the base path; needs the notes of the built site. */
export function auditedPages(): string[] {
  const tag = getAllTags()[0];
  const note = getAllNotes()[0];
  return ['/', tag ? tagPath(tag.slug) : '/tags/', note ? notePath(note.slug) : '/', '/tags/', '/search/'];
}

/** Serves `dir` as Pages would and runs Lighthouse on each page and form factor. */
export async function runAudits(
  dir: string,
  pages: string[],
  formFactors: FormFactor[],
  categories: Category[] = ['performance', 'accessibility', 'best-practices', 'seo'],
): Promise<Audit[]> {
  const preview = await servePreview({ dir, basePath });
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const audits: Audit[] = [];
    for (const formFactor of formFactors) {
      for (const page of pages) {
        const result = await lighthouse(
          `${preview.origin}${basePath}${page}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
        const { categories: scored, audits: details } = result.lhr;
        const numeric = (id: string) => details[id]?.numericValue ?? Number.NaN;
        audits.push({
          page,
          formFactor,
          scores: Object.fromEntries(categories.map((c) => [c, Math.round((scored[c]?.score ?? 0) * 100)])) as Record<
            Category,
            number
          >,
          lcpMs: numeric('largest-contentful-paint'),
          tbtMs: numeric('total-blocking-time'),
          cls: numeric('cumulative-layout-shift'),
          bytes: numeric('total-byte-weight'),
          failing: categories.flatMap((c) =>
            (scored[c]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0 && (details[ref.id]?.score ?? 1) < 1)
              .map((ref) => `${c}/${ref.id}`),
          ),
        });
      }
    }
    return audits;
  } finally {
    chrome.kill();
    preview.close();
  }
}

/** The worst of several runs of the same audits: each score's lowest, each timing's highest. */
export function worstOf(runs: Audit[][]): Audit[] {
  return runs[0].map((first, index) => {
    const same = runs.map((run) => run[index]);
    const scores = Object.fromEntries(
      Object.keys(first.scores).map((c) => [c, Math.min(...same.map((a) => a.scores[c as Category]))]),
    ) as Record<Category, number>;
    const most = (pick: (audit: Audit) => number) => Math.max(...same.map(pick));
    return {
      ...first,
      scores,
      lcpMs: most((a) => a.lcpMs),
      tbtMs: most((a) => a.tbtMs),
      cls: most((a) => a.cls),
      bytes: most((a) => a.bytes),
      failing: [...new Set(same.flatMap((a) => a.failing))],
    };
  });
}

/** The audits as a Markdown table. */
export function auditTable(audits: Audit[]): string {
  const rows = audits.map(
    (a) =>
      `| ${a.page} | ${a.formFactor} | ${a.scores.performance ?? '–'} | ${a.scores.accessibility ?? '–'} | ${a.scores['best-practices'] ?? '–'} | ${a.scores.seo ?? '–'} | ${(a.lcpMs / 1000).toFixed(1)} s | ${Math.round(a.tbtMs)} ms | ${a.cls.toFixed(3)} | ${(a.bytes / 1024).toFixed(0)} KiB |`,
  );
  return [
    '| page | form | perf | a11y | best practices | SEO | LCP | TBT | CLS | transferred |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
