// What the command-line tools share: one clear line and exit 1 on any failure, never a stack trace.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { messageOf } from '@/lib/messages';

export { messageOf };

/**
 * The longest timeout or pause a flag may ask, in seconds: Node's timers hold at most 2^31 - 1 ms
 * (about 24.8 days); past it a timeout fails every request with ERR_OUT_OF_RANGE and a pause
 * shrinks to 1 ms.
 */
export const LONGEST_TIMER_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/** What a number flag may hold: a number of `unit` from `min` to `max`, a whole one with `whole`. */
export type NumberRule = { unit: string; min: number; max?: number; whole?: boolean };

/**
 * `--name`'s value as a number within `rule`, or the one line that says why it is not. An empty
 * value is not 0. A command that reports every problem at once collects the lines.
 */
export function numberFlag(
  command: string,
  name: string,
  value: string,
  { unit, min, max = Number.POSITIVE_INFINITY, whole = false }: NumberRule,
): { number: number } | { problem: string } {
  const number = Number(value);
  const within = Number.isFinite(number) && number >= min && number <= max && (!whole || Number.isInteger(number));
  if (value.trim() !== '' && within) return { number };
  const range = max === Number.POSITIVE_INFINITY ? `at least ${min}` : `from ${min} to ${max}`;
  return {
    problem: `${command}: --${name}: must be ${whole ? 'a whole' : 'a'} number of ${unit}, ${range} (got "${value}")`,
  };
}

/** Prints one line to stderr and exits 1. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The result of `work`, or one line naming `what` and the error, and exit 1. */
export function orFail<T>(what: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    fail(`${what}: ${messageOf(error)}`);
  }
}

/**
 * A command's `parseArgs`: `--help` or `-h` prints `usage` (it starts `usage: npm run <command>`
 * and gives every option a line) and exits 0, whatever else was given; a mistyped option is one line.
 */
export function options<T extends ParseArgsConfig>(command: string, usage: string, config: T) {
  if (asksForHelp(config.args ?? process.argv.slice(2))) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    fail(`${command}: ${dashedValue(error) ?? messageOf(error)}`);
  }
}

/** `--help` or `-h` before a `--` that ends the options. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/**
 * `--title ---`: Node refuses a value that starts with a dash as "ambiguous", in three lines whose
 * hint (`--title=-XYZ`) a one-line message would cut off. Said here in one, with the value given.
 */
function dashedValue(error: unknown): string | undefined {
  const option = /^Option '(--?[^' ]+)[^']*' argument is ambiguous/.exec(error instanceof Error ? error.message : '');
  if (option === null) return undefined;
  const args = process.argv.slice(2);
  const value = args[args.indexOf(option[1]) + 1] ?? '';
  return `${option[1]}: its value ${JSON.stringify(value)} starts with "-", so it reads as an option; write ${option[1]}=${value}`;
}
