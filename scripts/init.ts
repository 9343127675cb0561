// `npm run init -- --name "Field Notes" --repository ada/links [--description …] [--author …]
// [--language …]`: makes a copy of url-notes its owner's site. Writes the identity file (SITE_FILE,
// else site.yml) and removes the starter notes that are still exactly as they shipped; a note the
// owner wrote or changed is never touched. Run again with the same values, it changes nothing.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fail, options, orFail } from '@/lib/cli';
import { notesDir } from '@/lib/content/load';
import { identityText, readIdentityFile, verifyIdentityText, writeAtomically } from '@/lib/init/identity-file';
import { starterNotesIn } from '@/lib/init/starter';
import { displayPath } from '@/lib/messages';
import { identityFile } from '@/lib/settings/config.mjs';
import { checkIdentity, IDENTITY_FIELDS, type Identity } from '@/lib/settings/identity.mjs';

const FLAGS = ['name', 'repository', 'description', 'author', 'language'] as const;
const REQUIRED = new Set(['name', 'repository']);

const HELP = `usage: npm run init -- --name "Field Notes" --repository owner/name [--description "…"] [--author "…"] [--language en]

Makes this copy of url-notes yours: writes the identity file (SITE_FILE, else site.yml) and removes
the starter notes still exactly as they shipped. Run again with the same values, it changes nothing.

  --name "…"         the site's name (required)
  --repository o/n   the GitHub repository, owner/name, where the site is published (required)
  --description "…"  one sentence on what the site holds
  --author "…"       who the feeds name as author (default: the repository's owner)
  --language TAG     the notes' language, as a language tag such as en or pt-BR (default: en)`;

const { values } = options('init', HELP, {
  options: Object.fromEntries(FLAGS.map((flag) => [flag, { type: 'string' }])) as Record<
    (typeof FLAGS)[number],
    { type: 'string' }
  >,
});

const current = readIdentityFile(identityFile);
if (current.problem) fail(`${identityFile}: ${current.problem}`);

const given: Partial<Identity> = {};
const changes: Partial<Identity> = {};
const problems: string[] = [];
for (const flag of FLAGS) {
  const value = values[flag];
  if (value !== undefined) given[flag] = value;
  if (value === undefined && REQUIRED.has(flag))
    problems.push(
      `init: --${flag}: missing; say it, like --${flag} ${flag === 'name' ? '"Field Notes"' : 'ada/links'}`,
    );
  if (value !== undefined) changes[flag] = value.trim();
}
// The values asked for are checked by the very rules the build reads the file with.
const { identity, problems: found } = checkIdentity(identityFile, { ...current.data, ...given });
for (const { field, message } of found) {
  problems.push(field in changes ? `init: --${field}: ${message}` : `${identityFile}: ${field}: ${message}`);
}
if (problems.length > 0) fail(problems.join('\n'));

const text = orFail(identityFile, () => identityText(current.text, changes));
const wrong = verifyIdentityText(identityFile, text, identity);
if (wrong.length > 0)
  fail(wrong.map(({ field, message }) => `${identityFile}: ${field}: ${message}; left as it was`).join('\n'));
if (text === current.text) console.log(`${identityFile}: already says this; unchanged`);
else {
  orFail(identityFile, () => writeAtomically(identityFile, text));
  const set = IDENTITY_FIELDS.filter((field) => field in changes);
  console.log(`${identityFile}: ${current.text === undefined ? 'written' : 'updated'} (${set.join(', ')})`);
}

const dir = notesDir();
const { unchanged, changed } = starterNotesIn(dir);
for (const name of unchanged) {
  rmSync(path.join(dir, name));
  console.log(`removed ${displayPath(dir, name)}: a starter note, as it shipped`);
}
for (const name of changed) console.log(`kept ${displayPath(dir, name)}: a starter note you changed, so it is yours`);
// Git keeps no empty folder, and a site without its content folder does not build.
if (unchanged.length > 0) writeFileSync(path.join(dir, '.gitkeep'), '');
console.log(`${identity.name} is yours. Next: npm run build, then commit and push.`);
