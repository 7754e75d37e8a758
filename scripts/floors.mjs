// Prints the current scores as a floors file (run `npm run build` first). The ratchet: raise a floor in
// fixtures/floors.json with the commit that improves it; never lower one without saying why.
// Run: node scripts/floors.mjs > fixtures/floors.json
import { evaluate } from '../dist/src/eval/index.js';

const report = evaluate();
const floors = {};
for (const r of Object.values(report.results).flatMap((x) => x.rows)) floors[`${r.set} | ${r.field} | ${r.measure}`] = Math.floor(r[r.primary] * 1000) / 1000;
process.stdout.write(`${JSON.stringify({ _about: 'Floors per set | field | measure: F1, or recall for rows whose measure says recall (the measured value, rounded down). tests/eval/floors.test.ts fails when a score drops below its floor. Raise a floor with the change that improves it.', floors }, null, 1)}\n`);
