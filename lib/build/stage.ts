// The contract of the build's stages: each runs after Next.js has written the export, works on the
// output folder, and says what is wrong. lib/build/stages.ts lists them in order; only its runner
// decides when the build stops.

/** One step of the build after the export: its name in the log, and its work on the output folder. */
export type Stage = {
  name: string;
  /** Works on `outDir`; resolves to one line per problem, each of which fails the build. */
  run: (outDir: string) => Promise<string[]>;
};

/**
 * Files a stage writes or deletes at once. Right after `next build` has written some 100,000 files,
 * each write and delete waits on the disk: one at a time, strip-scripts took 57 s on the 10,000-note
 * site here, of which 15 s was CPU; with the waits overlapped, 23 s (bench/RESULTS.md).
 */
export const AT_ONCE = 16;
