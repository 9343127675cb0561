import { loadNotes } from '@/lib/content/load';
import { renderSummary } from '@/lib/notes';

const { library } = loadNotes(process.argv[2]);
const t = performance.now();
for (const n of library.notes.slice(0, 3000)) renderSummary(n);
console.log('render 3000', Math.round(performance.now() - t), 'ms');
