// `npm run audit [-- --dir out] [--only mobile|desktop]`: Lighthouse on the built site
// (tools/lighthouse.ts), mobile and desktop, on the pages that stand for the rest. Prints a table.
import { parseArgs } from 'node:util';
import { auditedPages, auditTable, type FormFactor, runAudits } from '@/tools/lighthouse';

async function main() {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'out' }, only: { type: 'string' } } });
  const formFactors: FormFactor[] =
    values.only === 'mobile' || values.only === 'desktop' ? [values.only] : ['mobile', 'desktop'];
  const audits = await runAudits(values.dir, auditedPages(), formFactors);
  console.log(auditTable(audits));
  for (const audit of audits) {
    if (audit.failing.length > 0)
      console.log(`${audit.page} (${audit.formFactor}) loses points on: ${audit.failing.join(', ')}`);
  }
}

await main();
