// The /add/ page's script (components/AddNoteForm.tsx renders the page it runs on): fills the form
// from the query of the bookmarklet or a share (`?url=&title=&text=`, lib/add/query.ts), checks the
// note as it is typed, shows the file it makes and points "Create on GitHub" at GitHub's new-file
// page with that file. The notes' URLs, for the duplicate check, are fetched from `/add/notes.json`
// as the page loads rather than inlined, so the page stays the same size however many notes the
// site has.
import {
  type AddForm,
  type AddPageData,
  bookmarklet,
  draftFromForm,
  type FittedLink,
  fittedNewFileUrl,
  formTags,
  MAX_GITHUB_URL_LENGTH,
  type NotedUrls,
  parseNotedUrls,
  summaryWithQuote,
} from '@/lib/add/draft';
import { sharedLink } from '@/lib/add/query';
import { SUMMARY_SKELETON, today } from '@/lib/authoring/new-note';
import { byId } from './dom';

const data: AddPageData = JSON.parse(byId('add-data', HTMLScriptElement).text);
const fields = {
  url: byId('add-url', HTMLInputElement),
  title: byId('add-title', HTMLInputElement),
  tags: byId('add-tags', HTMLInputElement),
  date: byId('add-date', HTMLInputElement),
  summary: byId('add-summary', HTMLTextAreaElement),
};
const tagOptions = byId('add-tag-options', HTMLDataListElement);
const problemList = byId('add-problems', HTMLUListElement);
const fileName = byId('add-file', HTMLElement);
const preview = byId('add-preview', HTMLElement);
const create = byId('add-create', HTMLAnchorElement);
const cutNote = byId('add-cut', HTMLParagraphElement);
const notesStatus = byId('add-notes-status', HTMLParagraphElement);
/** The site's notes; empty until `/add/notes.json` arrives, and then the form is checked again. */
let notes: NotedUrls = [];

/** Fetches the notes' list; when it cannot, the form goes on without the duplicate check and says so. */
async function loadNotes(): Promise<void> {
  try {
    const response = await fetch(data.notesPath);
    const fetched = response.ok ? parseNotedUrls(await response.json()) : null;
    if (fetched === null) throw new Error(`${data.notesPath}: ${response.status}`);
    notes = fetched;
    update();
  } catch {
    notesStatus.hidden = false;
    notesStatus.textContent = 'Could not load the site’s notes, so a URL already noted is not checked for.';
  }
}

/** The link the page was opened with, by the bookmarklet or a share. */
const shared = sharedLink(new URLSearchParams(location.search));

/**
 * The URL the bookmarklet or a share brought, as given, and what the URL field made of it: the field
 * drops line breaks from a value it is set to (HTML's value sanitization), which would join `…/b` and
 * `next` into `…/bnext`. While the field holds what it made of it, the form is checked with the URL as given, so
 * that a line break inside is refused (lib/urls.ts) rather than silently removed.
 */
const given = { url: shared.url, filled: '' };

/** The form's values as typed. */
function formValues(): AddForm {
  return {
    url: given.url !== null && fields.url.value === given.filled ? given.url : fields.url.value,
    title: fields.title.value,
    tags: fields.tags.value,
    date: fields.date.value,
    summary: fields.summary.value,
  };
}

/**
 * The fields whose problems the page shows: a field is judged once it is typed in or filled from the
 * query, and every field once the note is asked for (Enter in a field, or the placeholder "Create on
 * GitHub"), so that an empty form opens without a list of what it lacks.
 */
const judged = { fields: new Set<string>(), all: false };

/** Suggests the site's tags for the last one in the comma-separated line: each option is the whole line with it completed. */
function suggestTags(): void {
  const line = fields.tags.value;
  const before = line.includes(',') ? `${line.slice(0, line.lastIndexOf(',') + 1)} ` : '';
  const chosen = new Set(formTags(before, data.tags));
  tagOptions.replaceChildren(
    ...data.tags
      .filter(([, name]) => !chosen.has(name))
      .map(([, name]) => {
        const option = document.createElement('option');
        option.value = `${before}${name}`;
        return option;
      }),
  );
}

/** Checks the form and shows the file, its problems and the link to GitHub. */
function update(): void {
  const form = formValues();
  const draft = draftFromForm(form, { notes, tags: data.tags });
  fileName.textContent = draft.file;
  preview.textContent = draft.markdown;
  const shown = draft.problems.filter(({ field }) => judged.all || judged.fields.has(field));
  problemList.replaceChildren(
    ...shown.map(({ field, message }) => {
      const item = document.createElement('li');
      item.textContent = `${field}: ${message}`;
      return item;
    }),
  );
  problemList.hidden = shown.length === 0;
  const link =
    draft.problems.length === 0 && data.repository !== null
      ? fittedNewFileUrl(data.repository, data.branch, draft.file, draft.markdown, form.summary)
      : null;
  cutNote.hidden = link === null || (link.href !== null && link.cut === 0);
  cutNote.textContent = link === null ? '' : cutMessage(link);
  if (link?.href) {
    Object.assign(create, { href: link.href, target: '_blank', rel: 'noopener noreferrer' });
    create.removeAttribute('aria-disabled');
  } else {
    for (const attribute of ['href', 'target', 'rel']) create.removeAttribute(attribute);
    create.setAttribute('aria-disabled', 'true');
  }
}

/** What the page says about a link GitHub would not take whole: exactly what was left out, or why there is none. */
function cutMessage({ href, cut, length }: FittedLink): string {
  const count = (n: number) => n.toLocaleString('en');
  if (href === null) {
    return `Without its summary, the note still makes GitHub's address ${count(length)} characters long once encoded, over the ${count(MAX_GITHUB_URL_LENGTH)} it takes: shorten the title or tags, or copy the file above into a new file on GitHub.`;
  }
  return `The summary is too long for GitHub's address: its last ${count(cut)} ${cut === 1 ? 'character is' : 'characters are'} left out (marked “…”). Paste them into GitHub's editor.`;
}

/** Shows every problem, as asked for the note. */
function judgeAll(): void {
  judged.all = true;
  update();
}

fields.url.value = given.url ?? fields.url.value;
given.filled = fields.url.value;
fields.title.value = shared.title ?? fields.title.value;
fields.summary.value = summaryWithQuote(shared.text, SUMMARY_SKELETON);
if (fields.date.value === '') fields.date.value = today();
for (const [name, field] of Object.entries(fields)) if (field.value !== '') judged.fields.add(name);
byId('add-bookmarklet', HTMLAnchorElement).href = bookmarklet(new URL('./', location.href).href);
for (const [name, field] of Object.entries(fields)) {
  field.addEventListener('input', () => {
    judged.fields.add(name);
    update();
  });
}
// Enter in a field is how a form is sent; this one has no button to send it (HTML submits such a form
// of several fields on no key), so the script hears the key itself.
byId('add-form', HTMLFormElement).addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) judgeAll();
});
create.addEventListener('click', () => {
  if (!create.hasAttribute('href')) judgeAll();
});
fields.tags.addEventListener('input', suggestTags);
suggestTags();
update();
document.documentElement.classList.add('add-ready');
void loadNotes();
