// Only `new`, `enrich` and `check-links` reach the network: nothing the build loads (next.config.mjs,
// the adapter and its stages, every route and component) imports lib/web/ or the model's client,
// directly or through another module.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const NETWORK = ['lib/web/', 'lib/authoring/draft-summary.ts'];
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];
// `from '…'`, `import '…'` and `import('…')`: enough for the project's own modules, which all import so.
const IMPORT = /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : /\.(tsx?|mjs)$/.test(name) ? [file] : [];
  });
}

/** The project's file an import names, or undefined for a package's. */
function resolve(specifier: string, from: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? specifier.slice(2)
    : specifier.startsWith('.')
      ? path.join(path.dirname(from), specifier)
      : undefined;
  if (base === undefined) return undefined;
  return EXTENSIONS.map((ending) => `${base}${ending}`).find((file) => existsSync(file) && statSync(file).isFile());
}

/** Every project file `entries` load, and the chain that led to each. */
function loaded(entries: string[]): Map<string, string[]> {
  const chains = new Map(entries.map((entry) => [entry, [entry]]));
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(specifier, file);
      if (target === undefined || chains.has(target)) continue;
      chains.set(target, [...(chains.get(file) ?? []), target]);
      queue.push(target);
    }
  }
  return chains;
}

describe('the build', () => {
  it('loads nothing that reaches the network', () => {
    const chains = loaded(['next.config.mjs', 'lib/build/adapter.mjs', ...files('app'), ...files('components')]);
    expect(chains.size).toBeGreaterThan(50);
    const network = [...chains].filter(([file]) => NETWORK.some((prefix) => file.startsWith(prefix)));
    expect(network.map(([, chain]) => chain.join(' → '))).toEqual([]);
  });

  it('would see it if it did: scripts/new.ts loads the page reader', () => {
    expect([...loaded(['scripts/new.ts']).keys()]).toEqual(
      expect.arrayContaining(['lib/web/page.ts', 'lib/web/client.ts']),
    );
  });
});
