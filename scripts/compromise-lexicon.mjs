// Writes compromise's lexicon to dist/compromise-lexicon.json, for the gazetteer to read without loading compromise
// (src/util/compromise.ts says why). `npm run build` runs it after the compiler. Run: node scripts/compromise-lexicon.mjs
import { writeFileSync } from 'node:fs';
import { lexiconSnapshot, snapshotPath } from '../dist/src/util/compromise.js';

writeFileSync(snapshotPath(), JSON.stringify(lexiconSnapshot()));
