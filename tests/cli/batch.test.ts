// Batch runs: worker threads, order, --unordered, --resume after an interruption, a crashing worker.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
const dir = tempDir('newsevents-batch-');
const articles = [
  'Premier Li Keqiang met Steven Mnuchin in Beijing on Wednesday.',
  'Reuters reported that China agreed to talks on Friday.',
  'The minister said the deal would be signed next week.',
  'Police arrested protesters in Moscow on Sunday.',
  'Larry Kudlow said that the two sides are close to a trade deal.',
  'Xinhua said the text of an agreement covers technology transfers.',
];
const dump = join(dir, 'dump.jsonl');
writeFileSync(dump, articles.map((text, i) => JSON.stringify({ id: `a${i}`, text, publishedAt: '2019-04-03' })).join('\n') + '\n');
// Articles go to workers in chunks of up to 16: 100 make seven chunks, on both workers.
const big = join(dir, 'big.jsonl');
const bigIds = Array.from({ length: 100 }, (_, i) => `b${i}`);
writeFileSync(big, bigIds.map((id, i) => JSON.stringify({ id, text: articles[i % articles.length], publishedAt: '2019-04-03' })).join('\n') + '\n');
const ids = (out: string) => out.trimEnd().split('\n').map((l) => JSON.parse(l).article?.id ?? `error:${JSON.parse(l).input.line}`);

describe('batch', () => {
  it('keeps input order on 2 workers, and --unordered loses no record', () => {
    expect(ids(run(['extract', dump, '--concurrency', '2', '-q']).stdout)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
    expect(ids(run(['extract', dump, '--concurrency', '2', '--unordered', '-q']).stdout).sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
    const ordered = run(['extract', big, '--concurrency', '2', '-q']).stdout;
    expect(ids(ordered)).toEqual(bigIds);
    expect(ids(run(['extract', big, '--concurrency', '2', '--unordered', '-q']).stdout).sort()).toEqual([...bigIds].sort());
    // The same bytes as one worker in the main thread.
    expect(ordered).toBe(run(['extract', big, '--concurrency', '1', '-q']).stdout);
  });

  // On workers too: the main thread waits for input and for the workers at once.
  it.each(['1', '2'])('does not hold back a slow stream on stdin until a chunk is full (%s workers)', async (workers) => {
    const child = spawn(process.execPath, [CLI, 'extract', '-', '-q', '--concurrency', workers], { cwd: ROOT });
    child.stdin.write(`${JSON.stringify({ id: 'slow1', text: articles[0], publishedAt: '2019-04-03' })}\n`);
    // The first record comes out while stdin stays open.
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (data: Buffer) => resolve(data.toString())));
    expect(JSON.parse(first).article.id).toBe('slow1');
    child.stdin.end(`${JSON.stringify({ id: 'slow2', text: articles[1], publishedAt: '2019-04-03' })}\n`);
    await once(child, 'close');
  }, 30_000);

  it('--resume after an interruption skips what is done, drops the cut line, and duplicates nothing', () => {
    const out = join(dir, 'out.jsonl');
    expect(run(['extract', dump, '-o', out, '-q', '--concurrency', '1']).status).toBe(0);
    const full = readFileSync(out, 'utf8');
    const lines = full.split('\n');
    // Interrupted after two records and half of the third.
    truncateSync(out, Buffer.byteLength(`${lines[0]}\n${lines[1]}\n`) + Math.floor(lines[2].length / 2));
    const resumed = run(['extract', dump, '-o', out, '--resume', '--concurrency', '1']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toContain('2 already done');
    expect(readFileSync(out, 'utf8')).toBe(full);
    expect(statSync(out).size).toBe(Buffer.byteLength(full));
  });

  it('--resume after an interruption keeps an article whose id an earlier one already has (dumps repeat ids)', () => {
    const twice = join(dir, 'twice.jsonl');
    writeFileSync(twice, ['x', 'y', 'x', 'z'].map((id, i) => JSON.stringify({ id, text: articles[i], publishedAt: '2019-04-03' })).join('\n') + '\n');
    const out = join(dir, 'twice-out.jsonl');
    expect(run(['extract', twice, '-o', out, '-q', '--concurrency', '1']).status).toBe(0);
    const full = readFileSync(out, 'utf8');
    // Interrupted after the first "x": the second "x" is still to do.
    truncateSync(out, Buffer.byteLength(`${full.split('\n')[0]}\n`));
    const resumed = run(['extract', twice, '-o', out, '--resume', '--concurrency', '1']);
    expect(resumed.stderr).toContain('1 already done');
    expect(readFileSync(out, 'utf8')).toBe(full);
  });

  it('--resume refuses to run without an output file', () => {
    const r = run(['extract', dump, '--resume']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--resume needs -o FILE');
  });

  it('replaces a worker that crashes, reports its article as failed, and keeps the others', () => {
    const crashDump = join(dir, 'crash.jsonl');
    writeFileSync(crashDump, ['ok one on Monday', 'CRASH here', 'ok two on Tuesday', 'ok three on Friday'].map((text, i) => JSON.stringify({ id: `c${i}`, text, publishedAt: '2019-04-03' })).join('\n') + '\n');
    const r = run(['extract', crashDump, '--concurrency', '2', '--pipeline', join(ROOT, 'tests', 'support', 'crash-pipeline.mjs'), '-q']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.article?.id ?? l.error.code)).toEqual(['c0', 'pipeline/failed', 'c2', 'c3']);
    expect(lines[1].error.message).toContain('worker exited with code 7');
    expect(lines[1].input).toEqual({ path: crashDump, line: 2, id: 'c1' });
  });

  it('stops a worker stuck on an article after --timeout, reports that article as failed, and keeps the others', () => {
    const hangDump = join(dir, 'hang.jsonl');
    writeFileSync(hangDump, ['ok one on Monday', 'HANG here', 'ok two on Tuesday'].map((text, i) => JSON.stringify({ id: `h${i}`, text, publishedAt: '2019-04-03' })).join('\n') + '\n');
    const r = run(['extract', hangDump, '--concurrency', '1', '--timeout', '1', '--pipeline', join(ROOT, 'tests', 'support', 'crash-pipeline.mjs'), '-q']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.article?.id ?? l.error.code)).toEqual(['h0', 'pipeline/failed', 'h2']);
    expect(lines[1].error.message).toBe('no result after 1 s: its worker was stopped (--timeout)');
    expect(r.stderr).toContain('hang.jsonl:2: pipeline/failed');
  });

  it('refuses a --timeout that is no number of seconds', () => {
    const r = run(['extract', dump, '--timeout', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--timeout takes a number of seconds above 0, not "0"');
  });

  it('on one worker, a large input runs in a worker too: a crash costs one article, not the batch', () => {
    // Over 1 MB: a small input runs on the main thread (no worker start-up), a large one in a replaceable worker.
    const crashDump = join(dir, 'crash-large.jsonl');
    const filler = 'x '.repeat(300_000);
    writeFileSync(crashDump, [`ok one ${filler}`, 'CRASH here', `ok two ${filler}`].map((text, i) => JSON.stringify({ id: `c${i}`, text, publishedAt: '2019-04-03' })).join('\n') + '\n');
    expect(statSync(crashDump).size).toBeGreaterThan(1 << 20);
    const r = run(['extract', crashDump, '--concurrency', '1', '--pipeline', join(ROOT, 'tests', 'support', 'crash-pipeline.mjs'), '-q']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.article?.id ?? l.error.code)).toEqual(['c0', 'pipeline/failed', 'c2']);
    expect(lines[1].error.message).toContain('worker exited with code 7');
  });
});
