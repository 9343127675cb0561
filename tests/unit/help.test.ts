// `--help` on every command: its usage on stdout and exit 0, with a line for every option the
// command declares, read from the command itself so that a new option without its line fails here.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLI_TIMEOUT } from './scratch';

/** Every command of package.json that runs a script of scripts/: `npm run new` is `tsx scripts/new.ts`. */
const COMMANDS = Object.entries<string>(JSON.parse(readFileSync('package.json', 'utf8')).scripts).flatMap(
  ([command, run]) => {
    const script = /^tsx (scripts\/[\w-]+\.ts)$/.exec(run)?.[1];
    return script ? [{ command, script }] : [];
  },
);

/** What a command's `options()` call was given, caught as the command starts (see the mock below). */
class OptionsCall extends Error {
  constructor(readonly config: ParseArgsConfig) {
    super('options() called');
  }
}

// In this process only: a command imported here stops at its options() call, handing over the
// options it declares. The commands run as child processes below use the real lib/cli.ts.
vi.mock('@/lib/cli', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/cli')>()),
  options: (_command: string, _usage: string, config: ParseArgsConfig) => {
    throw new OptionsCall(config);
  },
}));

/** The options `script` declares to parseArgs, as `--name` (and `-n` for a short one). */
async function declaredOptions(script: string): Promise<string[]> {
  // As if run: a command that runs only when it is the process's main module (scripts/dev.ts) runs.
  vi.spyOn(process, 'argv', 'get').mockReturnValue([process.execPath, path.resolve(script)]);
  const call = await import(/* @vite-ignore */ path.resolve(script)).then(
    () => undefined,
    (error: unknown) => (error instanceof OptionsCall ? error : undefined),
  );
  expect(call, `${script} calls options() from lib/cli.ts`).toBeInstanceOf(OptionsCall);
  return Object.entries(call?.config.options ?? {}).flatMap(([name, option]) => [
    `--${name}`,
    ...(option.short ? [`-${option.short}`] : []),
  ]);
}

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('--help', { timeout: CLI_TIMEOUT }, () => {
  it('is on the commands the issue names, and on every other command of scripts/', () => {
    expect(COMMANDS.map(({ command }) => command)).toEqual(
      expect.arrayContaining([
        'new',
        'import',
        'check',
        'check-links',
        'init',
        'preview',
        'audit',
        'screenshots',
        'dev',
      ]),
    );
  });

  it.each(COMMANDS)(
    'npm run $command: usage on stdout with a line for every option, exit 0',
    async ({ command, script }) => {
      const { status, stdout, stderr } = run(script, '--help');
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout).toMatch(new RegExp(`^usage: npm run ${command}( |\\n)`));
      const declared = await declaredOptions(script);
      const lines = stdout.split('\n').filter((line) => /^\s+-/.test(line));
      // Each option starts a line of its own in the list: `  --json  the findings as JSON…`.
      const listed = declared.filter((option) =>
        lines.some((line) => new RegExp(`(^|[\\s,])${option}(?=[\\s,=]|$)`).test(line)),
      );
      expect(listed).toEqual(declared);
    },
  );

  it('-h does the same, and wins over anything else given, wrong or not', () => {
    const short = run('scripts/new.ts', '-h');
    expect(short.status).toBe(0);
    expect(short.stdout).toMatch(/^usage: npm run new /);
    const amid = run('scripts/check-links.ts', '--no-such-option', '--timeout', 'soon', '--help');
    expect(amid).toMatchObject({ status: 0, stderr: '' });
    expect(amid.stdout).toMatch(/^usage: npm run check-links /);
  });

  it('is a value, not a request for help, after "--" ends the options', () => {
    const { status, stdout, stderr } = run('scripts/check.ts', '--', '--help');
    expect(stdout).toBe('');
    expect(status).toBe(1);
    expect(stderr.trim()).toMatch(/^check: .*--help/);
  });
});
