// What the command-line tools share: one clear line and exit 1 on any failure, never a stack trace.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { messageOf } from '@/lib/messages';

export { messageOf };

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

/** `parseArgs`, with a mistyped option reported as one line. */
export function options<T extends ParseArgsConfig>(command: string, config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    fail(`${command}: ${dashedValue(error) ?? messageOf(error)}`);
  }
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
