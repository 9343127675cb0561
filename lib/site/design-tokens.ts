// The design tokens of app/tokens.css, for what is drawn outside CSS: the web app manifest's colours
// and the maskable icon's background. Read from the stylesheet, so that the tokens stay in one file.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const TOKENS_FILE = path.join('app', 'tokens.css');

/**
 * The value of `--name` in tokens.css's first `:root` block, the light theme (the dark one overrides it
 * in a media query below). The file is the project's own, one declaration a line; a token it lacks
 * stops the build with the file and the token named.
 */
export function designToken(name: string): string {
  const css = readFileSync(path.join(process.cwd(), TOKENS_FILE), 'utf8');
  const start = css.indexOf(':root');
  const light = css.slice(start, css.indexOf('}', start));
  for (const line of light.split('\n')) {
    const [property, value] = line.split(':').map((part) => part.trim());
    if (property === `--${name}` && value?.endsWith(';')) return value.slice(0, -1).trim();
  }
  throw new Error(`${TOKENS_FILE}: --${name}: no such token in the first :root block`);
}
