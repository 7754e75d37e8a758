// The benchmark: a news-like corpus built from the seeds and the development data, the full pipeline on one
// worker and on all cores (as the CLI runs it), each stage alone, the peer libraries, peak RSS and start-up time.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { packagePath, packageRoot } from '../util/paths.js';
import { countWords } from '../util/words.js';

export interface BenchOptions {
  mb: number;
  dataDir: string;
  sampleMb: number;
  /** Passes over the sample for the in-process rows (stages, wink-nlp, chrono-node); the fastest counts. */
  passes: number;
  log: (line: string) => void;
}
export interface BenchRow { what: string; words: number; seconds: number; wordsPerSecond: number; note?: string }
/** The machine's own ceiling: the same work in one process alone, then in one process per core at once. */
export interface MachineCheck { processes: number; aloneSeconds: number; togetherSeconds: number; speedup: number }
export interface BenchReport { corpus: { path: string; mb: number; articles: number; words: number }; rows: BenchRow[]; peakRssMb: Record<string, number>; startupMs: number; cores: number; machine?: MachineCheck }

interface Article { id: string; text: string; publishedAt?: string }


/** Unique news texts: the seeds and every document of the development sets that are present. */
function sourceArticles(dataDir: string): Article[] {
  const out: Article[] = [];
  for (const f of readdirSync(packagePath('seeds')).sort()) out.push({ id: f.replace(/\.txt$/, ''), text: readFileSync(packagePath('seeds', f), 'utf8'), publishedAt: '2019-04-03' });
  const sets: Array<[string, (j: any) => Article[]]> = [
    ['timeml/tbaq-dev.json', (j) => j.documents.map((d: any) => ({ id: d.id, text: d.text, publishedAt: d.dct }))],
    ['meantime/dev.json', (j) => j.documents.map((d: any) => ({ id: d.id, text: d.text, publishedAt: d.dct }))],
    ['polnear/train-sample.json', (j) => j.documents.map((d: any) => ({ id: d.id, text: d.text, publishedAt: d.date }))],
    ['ner/conll2003-dev.json', (j) => j.documents.map((d: any) => ({ id: d.id, text: d.text }))],
  ];
  for (const [file, read] of sets) {
    const path = join(dataDir, file);
    if (existsSync(path)) out.push(...read(JSON.parse(readFileSync(path, 'utf8'))));
  }
  return out;
}

/** Writes (once) a JSONL corpus of at least `mb` megabytes: the source articles repeated with new ids. */
export async function buildCorpus(mb: number, dataDir: string): Promise<{ path: string; articles: number; words: number }> {
  const dir = join(packageRoot(), '.bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `corpus-${mb}mb.jsonl`);
  const meta = `${path}.meta.json`;
  if (existsSync(path) && existsSync(meta)) return { path, ...JSON.parse(readFileSync(meta, 'utf8')) };
  const sources = sourceArticles(dataDir);
  const target = mb * 1024 * 1024;
  const out = createWriteStream(path);
  let bytes = 0;
  let articles = 0;
  let words = 0;
  for (let round = 0; bytes < target; round++) {
    for (const a of sources) {
      const line = `${JSON.stringify({ id: `${a.id}#${round}`, text: a.text, publishedAt: a.publishedAt })}\n`;
      if (!out.write(line)) await once(out, 'drain');
      bytes += Buffer.byteLength(line);
      articles++;
      words += countWords(a.text);
      if (bytes >= target) break;
    }
  }
  out.end();
  await once(out, 'finish');
  writeFileSync(meta, JSON.stringify({ articles, words }));
  return { path, articles, words };
}

/** The first `mb` megabytes of a JSONL corpus, parsed. */
export function readSample(path: string, mb: number): Article[] {
  const out: Article[] = [];
  let bytes = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    out.push(JSON.parse(line));
    bytes += line.length;
    if (bytes >= mb * 1024 * 1024) break;
  }
  return out;
}

const CLI = () => join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

/** Runs the CLI on the corpus; reads words/s and peak RSS from its summary line. */
function runCli(corpus: string, workers: number, words: number): { row: BenchRow; rssMb: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [CLI(), 'extract', corpus, '--concurrency', String(workers), '-o', '/dev/null'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && result.status !== 1) throw new Error(`extract failed: ${result.stderr}`);
  const rss = /peak RSS (\d+) MB/.exec(result.stderr);
  return {
    row: { what: `full pipeline, CLI, ${workers} worker${workers === 1 ? '' : 's'}`, words, seconds, wordsPerSecond: words / seconds, note: 'wall clock incl. start-up, reading and writing' },
    rssMb: rss ? Number(rss[1]) : NaN,
  };
}

/** Seconds of the fastest of `passes` runs of `work`. */
function fastest(passes: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < passes; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best / 1000;
}

/** Runs the probe (src/bench/probe.ts) in `n` processes at once; the seconds of the slowest one's timed (last) pass. */
async function probe(corpus: string, mb: number, n: number): Promise<number> {
  const script = join(packageRoot(), 'dist', 'src', 'bench', 'probe.js');
  const runs = Array.from({ length: n }, () => new Promise<number>((resolve, reject) => {
    execFile(process.execPath, [script, corpus, String(mb)], (error, stdout, stderr) => {
      if (error) reject(new Error(`bench probe failed: ${stderr || error.message}`));
      else resolve((JSON.parse(stdout) as { seconds: number }).seconds);
    });
  }));
  return Math.max(...await Promise.all(runs));
}

/** How much faster `cores` independent processes get through `cores` times the work of one: what the pool of
 *  workers is measured against (a 2-core virtual machine may share one physical core, or its memory bandwidth). */
async function machineCheck(corpus: string, cores: number): Promise<MachineCheck> {
  // Three rounds, alone and together in turn, the fastest of each: one round on a shared machine varied from 0.9x to
  // 1.4x within an hour.
  let aloneSeconds = Infinity;
  let togetherSeconds = Infinity;
  for (let round = 0; round < 3; round++) {
    aloneSeconds = Math.min(aloneSeconds, await probe(corpus, 1, 1));
    togetherSeconds = Math.min(togetherSeconds, await probe(corpus, 1, cores));
  }
  return { processes: cores, aloneSeconds, togetherSeconds, speedup: cores * aloneSeconds / togetherSeconds };
}

function startupMs(): number {
  const dir = join(tmpdir(), 'newsevents-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'one.txt');
  writeFileSync(file, 'Premier Li Keqiang met Steven Mnuchin in Beijing on Wednesday.');
  return 1000 * fastest(3, () => execFileSync(process.execPath, [CLI(), 'extract', file, '--concurrency', '1', '-q']));
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { log } = options;
  log(`building a ${options.mb} MB corpus ...`);
  const corpus = await buildCorpus(options.mb, options.dataDir);
  const mb = statSync(corpus.path).size / 1024 / 1024;
  log(`corpus: ${corpus.path} (${mb.toFixed(1)} MB, ${corpus.articles} articles, ${corpus.words} words)`);
  const rows: BenchRow[] = [];
  const peakRssMb: Record<string, number> = {};
  const cores = availableParallelism();

  log('start-up time ...');
  const startup = startupMs();

  // Each stage alone, and the peers, on a sample of the corpus in this process.
  const sample = readSample(corpus.path, options.sampleMb);
  const sampleWords = sample.reduce((n, a) => n + countWords(a.text), 0);
  log(`stages and peers on a ${options.sampleMb} MB sample (${sample.length} articles, ${sampleWords} words) ...`);
  const { analyze } = await import('../extract.js');
  const { pipelines } = await import('../../pipelines/index.js');
  const { defaultLexicons } = await import('../lexicons/index.js');
  const { createPipeline, runStage } = await import('../pipeline/stage.js');
  const { chunkList } = await import('../batch/chunk.js');
  const stageSeconds = new Map<string, number>();
  const lexicons = defaultLexicons();
  for (const a of sample.slice(0, 20)) analyze(a, { lexicons }); // warm up
  // The sample in chunks, as the CLI runs it: each chunk goes through one stage, then the next (Pipeline.runMany).
  const sampleChunks = chunkList(sample);
  const empty = createPipeline('none', []);
  // Each stage's time is the fastest of a few passes over the sample: one pass on a shared 2-core machine varies by
  // 10-30% from run to run.
  for (let pass = 0; pass < options.passes; pass++) {
    const seconds = new Map<string, number>();
    for (const chunk of sampleChunks) {
      let docs = chunk.map((a) => analyze({ ...a, text: '' === a.text ? ' ' : a.text }, { lexicons, pipeline: empty }));
      for (const stage of pipelines.default.stages) {
        const t0 = performance.now();
        docs = docs.map((doc) => runStage(stage, doc));
        seconds.set(stage.name, (seconds.get(stage.name) ?? 0) + (performance.now() - t0) / 1000);
      }
    }
    for (const [name, s] of seconds) stageSeconds.set(name, Math.min(stageSeconds.get(name) ?? Infinity, s));
  }
  const pipelineSeconds = [...stageSeconds.values()].reduce((a, b) => a + b, 0);
  rows.push({ what: 'full pipeline, in process, 1 core', words: sampleWords, seconds: pipelineSeconds, wordsPerSecond: sampleWords / pipelineSeconds, note: 'sum of the stages, no I/O' });
  for (const [name, seconds] of stageSeconds) {
    rows.push({ what: `stage ${name}`, words: sampleWords, seconds, wordsPerSecond: sampleWords / seconds, note: `${(100 * seconds / pipelineSeconds).toFixed(1)}% of the pipeline` });
  }
  // One article as long as the pipeline takes (the sample's articles end to end): no stage may grow faster than its
  // text (a look-up per claim over all dates, per name over all persons made this 6x slower than the sample).
  const { DEFAULT_MAX_CHARS } = await import('../extract.js');
  let long = '';
  for (const a of sample) {
    if (long.length + a.text.length + 2 > DEFAULT_MAX_CHARS) break;
    long += `${a.text}\n\n`;
  }
  const longWords = countWords(long);
  let s = fastest(Math.min(2, options.passes), () => analyze({ text: long }, { lexicons }));
  rows.push({ what: 'full pipeline, one long article', words: longWords, seconds: s, wordsPerSecond: longWords / s, note: `${long.length.toLocaleString('en-US')} characters; ${(longWords / s / (sampleWords / pipelineSeconds)).toFixed(2)}x the sample's speed` });

  // Texts of no news shape, 200,000 characters each: a sentence with no end, one line of quoted sentences, quotes
  // never closed, one word with no space. Each stage read them in time by the square of their length (or worse: the
  // first took 113 s); they must run at about the sample's speed.
  const shapeless = ['the senator said that '.repeat(9091), '"Yes," said Smith. '.repeat(10527), '“He said it. '.repeat(15385), 'A'.repeat(200000)];
  const shapelessWords = shapeless.reduce((n, t) => n + countWords(t), 0);
  s = fastest(1, () => { for (const text of shapeless) analyze({ text }, { lexicons }); });
  rows.push({ what: 'full pipeline, texts of no news shape', words: shapelessWords, seconds: s, wordsPerSecond: shapelessWords / s, note: '4 x 200,000 characters: no sentence end, one line of quotes, unclosed quotes, one word' });

  const { wink } = await import('../util/wink.js');
  const nlp = wink();
  s = fastest(options.passes, () => { for (const a of sample) nlp.readDoc(a.text); });
  rows.push({ what: 'peer: wink-nlp readDoc alone', words: sampleWords, seconds: s, wordsPerSecond: sampleWords / s });

  const compromise = (await import('compromise')).default;
  const small = sample.slice(0, Math.max(20, Math.ceil(sample.length / 8)));
  const smallWords = small.reduce((n, a) => n + countWords(a.text), 0);
  s = fastest(1, () => { for (const a of small) { const d = compromise(a.text); d.people().out('array'); d.organizations().out('array'); } });
  rows.push({ what: 'peer: compromise nlp()+people()+organizations()', words: smallWords, seconds: s, wordsPerSecond: smallWords / s, note: `on 1/8 of the sample (${small.length} articles)` });

  const chrono = await import('chrono-node');
  s = fastest(options.passes, () => { for (const a of small) chrono.parse(a.text, new Date(Date.UTC(2019, 3, 3))); });
  rows.push({ what: 'peer: chrono-node parse alone', words: smallWords, seconds: s, wordsPerSecond: smallWords / s, note: 'per article, same sample as compromise' });

  log(`full pipeline through the CLI on the whole corpus, 1 worker ...`);
  const one = runCli(corpus.path, 1, corpus.words);
  rows.push(one.row);
  peakRssMb['1 worker'] = one.rssMb;
  log(`full pipeline through the CLI on the whole corpus, ${cores} workers ...`);
  const all = runCli(corpus.path, cores, corpus.words);
  rows.push(all.row);
  peakRssMb[`${cores} workers`] = all.rssMb;
  let machine: MachineCheck | undefined;
  if (cores > 1) {
    log(`machine check: the first MB of the corpus in 1 process, then in ${cores} processes at once, 3 times ...`);
    machine = await machineCheck(corpus.path, cores);
  }
  return { corpus: { path: corpus.path, mb, articles: corpus.articles, words: corpus.words }, rows, peakRssMb, startupMs: startup, cores, machine };
}

export function formatBench(report: BenchReport): string {
  const lines: string[] = [];
  const width = Math.max(...report.rows.map((r) => r.what.length));
  lines.push(`${'what'.padEnd(width)}  ${'words/s'.padStart(10)}  ${'words'.padStart(10)}  ${'seconds'.padStart(8)}  note`);
  for (const r of report.rows) {
    lines.push(`${r.what.padEnd(width)}  ${Math.round(r.wordsPerSecond).toLocaleString('en-US').padStart(10)}  ${r.words.toLocaleString('en-US').padStart(10)}  ${r.seconds.toFixed(2).padStart(8)}  ${r.note ?? ''}`);
  }
  const get = (prefix: string) => report.rows.find((r) => r.what.startsWith(prefix))?.wordsPerSecond ?? NaN;
  const inProcess = get('full pipeline, in process');
  const cli1 = get('full pipeline, CLI, 1 worker');
  const cliAll = get(`full pipeline, CLI, ${report.cores} workers`);
  lines.push('');
  lines.push(`ratios: pipeline / wink-nlp readDoc ${(inProcess / get('peer: wink-nlp')).toFixed(2)}; pipeline / compromise ${(inProcess / get('peer: compromise')).toFixed(1)}x; ` +
    `${report.cores} workers / 1 worker ${(cliAll / cli1).toFixed(2)}x; dates stage ${(100 * (report.rows.find((r) => r.what === 'stage dates')?.seconds ?? 0) / (report.rows.find((r) => r.what.startsWith('full pipeline, in process'))?.seconds ?? 1)).toFixed(1)}% of the pipeline`);
  if (report.machine) {
    const m = report.machine;
    lines.push(`machine: ${m.processes} processes at once, each on the same 1 MB after three passes over it, took ${m.togetherSeconds.toFixed(2)} s against ${m.aloneSeconds.toFixed(2)} s for one alone: ` +
      `${m.speedup.toFixed(2)}x the work per second of one process, the ceiling for ${m.processes} workers on this machine`);
  }
  lines.push(`peak RSS: ${Object.entries(report.peakRssMb).map(([k, v]) => `${k} ${v} MB`).join(', ')}; start-up (one article, 1 worker, whole process): ${Math.round(report.startupMs)} ms`);
  lines.push(`corpus: ${report.corpus.mb.toFixed(1)} MB, ${report.corpus.articles} articles, ${report.corpus.words.toLocaleString('en-US')} words`);
  return lines.join('\n');
}
