// Run last by `npm run build`: prints the size of the export and warns when GitHub Pages would
// refuse it. Only a warning: other static hosts take a site of any size.
import { siteSize, sizeReport } from '../lib/site-size';

const outDir = process.env.OUT_DIR || 'out';
const { line, warning } = sizeReport(outDir, siteSize(outDir));
console.log(line);
// In GitHub Actions the warning also shows on the run's summary page.
if (warning) console.warn(process.env.GITHUB_ACTIONS ? `::warning::${warning}` : `warning: ${warning}`);
