// `npm run audit [-- --dir out] [--only mobile|desktop] [--runs 3]`: Lighthouse on the built site
// (tools/lighthouse.ts), mobile and desktop, on the pages that stand for the rest. Prints a table;
// with `--runs N`, the worst of N runs for each page (mobile scores move between runs of one build).
import { options } from '@/lib/cli';
import { type Audit, auditedPages, auditTable, type FormFactor, runAudits, worstOf } from '@/tools/lighthouse';

const HELP = `usage: npm run audit [-- --dir out] [--only mobile|desktop] [--runs 3]

Runs Lighthouse on the built site, mobile and desktop, on the pages that stand for the rest, and
prints a table of scores and what loses points.

  --dir DIR              the built site's folder (default: out)
  --only mobile|desktop  audits one form factor only
  --runs N               runs N times and keeps each page's worst (default: 1)`;

async function main() {
  const { values } = options('audit', HELP, {
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
