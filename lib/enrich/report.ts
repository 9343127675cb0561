// What a run says: one line per note it changed (or, a dry run, would change) or left as it was,
// and a closing count: what was filled, what was left and why, what was refused, and how many
// pages were asked and how many came from the cache.
import type { NoteOutcome } from './fill';
import type { Pages } from './pages';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The line of a note that was filled or left; refusals are the caller's to print where errors go. */
export function outcomeLine(outcome: NoteOutcome, dryRun: boolean): string {
  if (outcome.kind !== 'filled') {
    return `${outcome.file}: ${outcome.kind === 'left' ? 'left as it was' : 'not enriched'}; ${outcome.reason}`;
  }
  const parts = [
    ...(outcome.title === undefined ? [] : [`title ${JSON.stringify(outcome.title)}`]),
    ...(outcome.summary ? ["summary quoting the page's description"] : []),
  ];
  return `${outcome.file}: ${dryRun ? 'would get' : 'got'} ${parts.join(' and ')}`;
}

/**
 * `enrich: 812 titles and 640 summaries filled, 37 left as they were (2: the server answered 404;
 * 1: …), 0 refused; 1,000 pages asked, 0 from the cache`.
 */
export function closingLine(outcomes: readonly NoteOutcome[], pages: Pick<Pages, 'asked' | 'cached'>, dryRun: boolean) {
  const filled = outcomes.flatMap((outcome) => (outcome.kind === 'filled' ? [outcome] : []));
  const titles = filled.filter((outcome) => outcome.title !== undefined).length;
  const summaries = filled.filter((outcome) => outcome.summary).length;
  const reasons = new Map<string, number>();
  let refused = 0;
  for (const outcome of outcomes) {
    if (outcome.kind === 'left') reasons.set(outcome.reason, (reasons.get(outcome.reason) ?? 0) + 1);
    if (outcome.kind === 'refused') refused += 1;
  }
  const left = [...reasons.values()].reduce((sum, n) => sum + n, 0);
  const why = [...reasons]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
    .map(([reason, n]) => `${n.toLocaleString('en')}: ${reason}`);
  return [
    `enrich${dryRun ? ' (dry run, nothing written)' : ''}: `,
    `${count(titles, 'title')} and ${count(summaries, 'summary', 'summaries')} ${dryRun ? 'would be filled' : 'filled'}, `,
    `${left.toLocaleString('en')} left as ${left === 1 ? 'it was' : 'they were'}${why.length > 0 ? ` (${why.join('; ')})` : ''}, `,
    `${refused.toLocaleString('en')} refused; `,
    `${count(pages.asked, 'page')} asked, ${pages.cached.toLocaleString('en')} from the cache`,
  ].join('');
}
