// Rewrites the score and benchmark tables in README.md: node scripts/readme-tables.mjs [bench-output.txt]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const readme = new URL('../README.md', import.meta.url);
let text = readFileSync(readme, 'utf8');
const replace = (tag, body) => {
  text = text.replace(new RegExp(`<!-- ${tag} -->[\\s\\S]*?<!-- /${tag} -->`), `<!-- ${tag} -->\n\`\`\`\n${body.trim()}\n\`\`\`\n<!-- /${tag} -->`);
};
const scores = execFileSync(process.execPath, [new URL('../dist/src/cli/main.js', import.meta.url).pathname, 'eval'], { encoding: 'utf8' });
replace('scores', scores.split('\n\n')[0]);
if (process.argv[2]) replace('bench', readFileSync(process.argv[2], 'utf8'));
writeFileSync(readme, text);
