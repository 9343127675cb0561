// @ts-check
// A preload for the benchmark and the scale test: `NODE_OPTIONS=--import <this file>` with
// URL_NOTES_PARSE_LOG set appends `<pid> <number of notes>` to that file each time a process reads
// the content folder (lib/content/load.ts publishes on the channel). NODE_OPTIONS reaches every
// process of a build, Next.js's workers included; the loader itself knows nothing of the log.
import { subscribe } from 'node:diagnostics_channel';
import { appendFileSync } from 'node:fs';

const log = process.env.URL_NOTES_PARSE_LOG;
if (log) {
  subscribe('url-notes:notes-read', (message) => {
    const notes = typeof message === 'object' && message !== null && 'notes' in message ? message.notes : '?';
    appendFileSync(log, `${process.pid} ${notes}\n`);
  });
}

/**
 * The environment that makes a build log its note reads to `file`.
 * @param {string} file
 */
export function countNoteReads(file) {
  const preload = `--import=${new URL(import.meta.url).pathname}`;
  return { URL_NOTES_PARSE_LOG: file, NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' ') };
}
