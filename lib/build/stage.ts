// The contract of the build's stages: each runs after Next.js has written the export, works on the
// output folder, and says what is wrong. lib/build/stages.ts lists them in order; only its runner
// decides when the build stops.

/** One step of the build after the export: its name in the log, and its work on the output folder. */
export type Stage = {
  name: string;
  /** Works on `outDir`; resolves to one line per problem, each of which fails the build. */
  run: (outDir: string) => Promise<string[]>;
};
