// `npx tsx bench/export.ts [--notes 50000] [--seed 3]`: writes N synthetic notes (tools/corpus.ts,
// `full` kind), runs `scripts/export.ts` in each format to a file, then imports each file back with
// `scripts/import.ts` into a fresh folder; prints wall time, CPU seconds, peak memory, the export's
// size and the import's first line, with the machine's load. Numbers, no verdicts.

import { mkdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from '@/tools/corpus';
import { timed } from './timed';

const { values } = parseArgs({
  options: { notes: { type: 'string', default: '50000' }, seed: { type: 'string', default: '3' } },
});
const count = Number(values.notes);
const work = path.resolve('bench/.work/export');
const notes = path.join(work, 'notes');
const load = () => loadavg()[0].toFixed(1);

rmSync(work, { recursive: true, force: true });
writeCorpus(notes, count, { seed: Number(values.seed) });
console.log(`${count} notes (seed ${values.seed}); load ${load()}`);
for (const format of ['json', 'netscape']) {
  const file = path.join(work, `notes.${format === 'json' ? 'json' : 'html'}`);
  const before = load();
  const exported = timed(
    process.execPath,
    ['--import', 'tsx', 'scripts/export.ts', '--format', format, '--out', file],
    {
      env: { ...process.env, NOTES_DIR: notes },
    },
  );
  const mb = statSync(file).size / 1e6;
  console.log(
    `export ${format}: ${exported.seconds.toFixed(1)} s wall, ${exported.cpuSeconds.toFixed(1)} CPU s, peak ${exported.peakMb.toFixed(0)} MB, ${mb.toFixed(1)} MB (load ${before} → ${load()})`,
  );
  const target = path.join(work, `imported-${format}`);
  mkdirSync(target);
  const imported = timed(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file], {
    env: { ...process.env, NOTES_DIR: target },
  });
  console.log(
    `import ${format} back: ${imported.seconds.toFixed(1)} s wall, ${imported.cpuSeconds.toFixed(1)} CPU s, peak ${imported.peakMb.toFixed(0)} MB (load → ${load()}); ${imported.stdout.split('\n')[0]}`,
  );
}
rmSync(work, { recursive: true, force: true });
