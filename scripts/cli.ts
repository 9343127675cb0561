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
    fail(`${command}: ${messageOf(error)}`);
  }
}
