// newsevents eval: precision, recall and F1 per field on the fixtures and the development sets.
import { evaluate, SETS, type ScoreRow } from '../eval/index.js';
import { updateSnapshots } from '../eval/snapshots.js';
import { parse, UsageError } from './main.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function formatTable(rows: readonly ScoreRow[]): string {
  const header = ['set', 'field', 'measure', '    P', '    R', '   F1', 'correct/system/gold'];
  const body = rows.map((r) => [r.set, r.field, r.measure, pct(r.p), pct(r.r), r.primary === 'r' ? '    -' : pct(r.f1), `${r.correct}/${r.system}/${r.gold}`]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    data: { type: 'string' },
    'data-dir': { type: 'string' },
    json: { type: 'boolean', default: false },
    diff: { type: 'boolean', default: false },
    limit: { type: 'string' },
    'update-snapshots': { type: 'boolean', default: false },
  }, 'eval');
  if (values['update-snapshots']) {
    const written = updateSnapshots();
    process.stderr.write(written.length ? `newsevents: wrote ${written.join(', ')}\n` : 'newsevents: snapshots are up to date\n');
    return 0;
  }
  const names = values.data ? String(values.data).split(',').map((s) => s.trim()) : Object.keys(SETS);
  for (const n of names) if (!SETS[n]) throw new UsageError(`eval: unknown data set "${n}"; known: ${Object.keys(SETS).join(', ')}`);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError('eval: --limit takes a whole number of at least 1');
  const report = evaluate(names, { dataDir: values['data-dir'], limit, diff: values.diff });
  const rows = Object.values(report.results).flatMap((r) => r.rows);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ rows, missing: report.missing, documents: Object.fromEntries(Object.entries(report.results).map(([k, v]) => [k, v.documents])) }, null, 1)}\n`);
    return 0;
  }
  if (values.diff) {
    for (const r of Object.values(report.results)) {
      for (const d of r.diffs) process.stdout.write(`${d.set} ${d.document} ${d.field} ${d.kind}: ${d.text}${d.detail ? ` (${d.detail})` : ''}\n    ${d.sentence}\n`);
    }
    process.stdout.write('\n');
  }
  process.stdout.write(`${formatTable(rows)}\n`);
  const timing = Object.entries(report.results).map(([k, v]) => `${k} ${v.documents} docs ${v.seconds.toFixed(1)} s`).join(', ');
  process.stdout.write(`\n${timing}\n`);
  for (const [k, why] of Object.entries(report.missing)) process.stderr.write(`newsevents: ${k}: skipped, ${why}\n`);
  return 0;
}
