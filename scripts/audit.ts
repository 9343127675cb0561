// `npm run audit [-- --dir out] [--only mobile|desktop] [--runs 3]`: Lighthouse on the built site
// (tools/lighthouse.ts), mobile and desktop, on the pages that stand for the rest. Prints a table;
// with `--runs N`, the worst of N runs for each page (mobile scores move between runs of one build).
import { parseArgs } from 'node:util';
import { type Audit, auditedPages, auditTable, type FormFactor, runAudits, worstOf } from '@/tools/lighthouse';

async function main() {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'out' },
      only: { type: 'string' },
      runs: { type: 'string', default: '1' },
    },
  });
  const formFactors: FormFactor[] =
    values.only === 'mobile' || values.only === 'desktop' ? [values.only] : ['mobile', 'desktop'];
  const runs: Audit[][] = [];
  for (let run = 0; run < Math.max(1, Number(values.runs) || 1); run += 1) {
    runs.push(await runAudits(values.dir, auditedPages(), formFactors));
  }
  const audits = worstOf(runs);
  if (runs.length > 1) console.log(`The worst of ${runs.length} runs for each page and form:`);
  console.log(auditTable(audits));
  for (const audit of audits) {
    if (audit.failing.length > 0)
      console.log(`${audit.page} (${audit.formFactor}) loses points on: ${audit.failing.join(', ')}`);
  }
}

await main();
