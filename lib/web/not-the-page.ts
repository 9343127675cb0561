// Answers that stand where the page should: a bot challenge or a consent wall has a title, but not
// the page's. The list is short and named, so that a new wall is one line here.

type Wall = { kind: string; by: string; when: (answer: { title: string; host: string; headers: Headers }) => boolean };

const titled =
  (...titles: string[]) =>
  ({ title }: { title: string }) =>
    titles.includes(title);

const WALLS: Wall[] = [
  { kind: 'a bot challenge', by: 'Cloudflare', when: ({ headers }) => headers.get('cf-mitigated') === 'challenge' },
  {
    kind: 'a bot challenge',
    by: 'Cloudflare',
    when: titled('just a moment...', 'attention required! | cloudflare', 'one more step'),
  },
  { kind: 'a bot challenge', by: 'DDoS-Guard', when: titled('ddos-guard', 'ddos-guard check') },
  { kind: 'a bot challenge', by: 'Sucuri', when: titled('sucuri website firewall - access denied') },
  {
    kind: 'a consent wall',
    by: 'Google',
    when: ({ host, title }) =>
      ['consent.google.com', 'consent.youtube.com'].includes(host) || title === 'before you continue',
  },
];

/** Why an answer is not the page itself (its status, or a wall that stands in for it); undefined when it is the page. */
export function notThePage(answer: {
  status: number;
  headers: Headers;
  url: string;
  title?: string;
}): string | undefined {
  const title = (answer.title ?? '').replace(/…/g, '...').replace(/\s+/g, ' ').trim().toLowerCase();
  const host = new URL(answer.url).hostname;
  const wall = WALLS.find(({ when }) => when({ title, host, headers: answer.headers }));
  if (wall) return `${wall.kind} (${wall.by}) answered instead of the page`;
  if (answer.status >= 400) return `the server answered ${answer.status}`;
  return undefined;
}
