// /add/ measures what GitHub measures, the encoded length of the whole link, and counts characters
// as people do (an emoji sequence is one), keeping every sequence whole.
import { describe, expect, it } from 'vitest';
import { CUT_MARK, draftFromForm, fittedNewFileUrl, MAX_GITHUB_URL_LENGTH } from '@/lib/add/draft';
import { SUMMARY_SKELETON } from '@/lib/authoring/new-note';
import { problemsOfNote } from '@/lib/content/note';

const site = { notes: [], tags: [] };
const form = { url: 'https://example.org/post', title: 'A post', tags: 'web', date: '2025-08-05', summary: '' };
const linkFor = (fields: Partial<typeof form>) => {
  const all = { ...form, ...fields };
  const { file, markdown } = draftFromForm(all, site);
  return fittedNewFileUrl('owner/notes', 'main', file, markdown, all.summary);
};
const SHRUG = '🤷‍♂️';
const FAMILY = '👨‍👩‍👧';
const SCOTLAND = '🏴󠁧󠁢󠁳󠁣󠁴󠁿';

describe('/add/ and the check count characters as people do', () => {
  it('takes a title of 500 emoji, and refuses 501, as the check does', () => {
    expect(draftFromForm({ ...form, title: '😀'.repeat(500) }, site).problems).toEqual([]);
    expect(draftFromForm({ ...form, title: FAMILY.repeat(501) }, site).problems).toEqual([
      { field: 'title', message: 'is 501 characters; the most is 500' },
    ]);
    const note = `---\ntitle: "${SHRUG.repeat(500)}"\nurl: https://a.example/\ntags: ["${'🙂'.repeat(500)}"]\ndate: 2025-08-05\n---\n`;
    expect(problemsOfNote('content/a.md', note)).toEqual([]);
  });

  it('keeps every emoji sequence of a title whole: a zero-width joiner, a flag’s tag characters', () => {
    const title = `Shrug ${SHRUG} in ${SCOTLAND}\u200B!`;
    const { markdown, problems } = draftFromForm({ ...form, title }, site);
    expect(problems).toEqual([]);
    expect(markdown).toContain(`title: "Shrug ${SHRUG} in ${SCOTLAND} !"`);
  });
});

describe('/add/ measures the link as GitHub does', () => {
  it('makes no link when the title and tags alone are over GitHub’s length, and says by how much', () => {
    const tags = `${'日本語のタグ'.repeat(80)}, ${'中文标签'.repeat(120)}`;
    const fitted = linkFor({ title: '長'.repeat(500), tags, summary: SUMMARY_SKELETON });
    expect(fitted.href).toBeNull();
    expect(fitted.length).toBeGreaterThan(MAX_GITHUB_URL_LENGTH);
  });

  it('cuts a summary between characters as people count them, and counts what it left out so', () => {
    const summary = `- ${FAMILY.repeat(2_000)}`;
    const fitted = linkFor({ summary });
    expect(fitted.href?.length).toBeLessThanOrEqual(MAX_GITHUB_URL_LENGTH);
    const value = new URL(fitted.href ?? '').searchParams.get('value') ?? '';
    // The summary is "- " and 2,000 families: what is kept is whole families, what is cut counted in them.
    expect(fitted.cut).toBeGreaterThan(0);
    expect(value.endsWith(`- ${FAMILY.repeat(2_000 - fitted.cut)}${CUT_MARK}\n`)).toBe(true);
  });
});
