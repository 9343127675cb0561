// @ts-check
// What one line of text may not hold: control characters (a newline from a `|` block, NUL, BEL),
// which a one-line title or tag cannot show and XML 1.0 cannot carry into a feed. One rule for a
// note's title and tags (lib/content/schema.ts) and the site's identity (lib/settings/identity.mjs);
// plain JavaScript because next.config.mjs reads the identity without a compiler.
export const CONTROL = /\p{Cc}/u;
