// A build stage: each of the site's browser scripts, as exported, stays within its budget gzipped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BROWSER_SCRIPTS, SCRIPT_BUDGET } from '../browser-scripts';
import type { Stage } from '../stage';

async function checkBudgets(outDir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const script of BROWSER_SCRIPTS) {
    const file = path.join(outDir, script);
    const gzipBytes = gzipSync(readFileSync(file)).length;
    console.log(`${file}: ${(gzipBytes / 1024).toFixed(1)} KB gzipped`);
    if (gzipBytes > SCRIPT_BUDGET)
      problems.push(`${file}: ${gzipBytes} bytes gzipped, over the ${SCRIPT_BUDGET}-byte budget`);
  }
  return problems;
}

export const scriptBudgetStage: Stage = { name: 'script-budget', run: checkBudgets };
