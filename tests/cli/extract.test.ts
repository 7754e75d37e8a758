// The CLI end to end (built dist/): pure JSONL on stdout, bad inputs isolated, exit codes.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewsRecord, ErrorRecord } from '../../src/index.js';
import { ROOT, tempDir } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: ROOT });

describe('newsevents extract', () => {
  it('writes one valid record per seed, and nothing else, on stdout', () => {
    const out = run(['extract', 'seeds/', '--published-at', '2019-04-03']);
    expect(out.status).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(NewsRecord.safeParse(JSON.parse(line)).success).toBe(true);
    expect(lines.map((l) => JSON.parse(l).article.id)).toEqual(['000_a185d4f629436621', '004_ba3efd011fdb170d']);
  });

  it('gives the same bytes on 1 and on 2 worker threads', () => {
    const one = run(['extract', 'seeds/', '-q']);
    const two = run(['extract', 'seeds/', '-q', '--concurrency', '2']);
    expect(two.stdout).toBe(one.stdout);
  });

  it('turns bad inputs into error records in place and goes on', () => {
    const dir = tempDir('newsevents-');
    writeFileSync(join(dir, 'a-empty.txt'), '');
    writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(join(dir, 'c-latin1.txt'), Buffer.from('Caf\xe9 in Paris', 'latin1'));
    writeFileSync(join(dir, 'd-dump.jsonl'), '{"id":"ok","text":"Obama met Putin in Moscow on Friday.","publishedAt":"2015-09-30"}\n{"id": broken\n{"id":"no-text"}\n');
    writeFileSync(join(dir, 'e-good.txt'), 'Premier Li Keqiang visited Berlin on Monday.');
    const out = run(['extract', dir]);
    expect(out.status).toBe(1);
    const lines = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.error?.code ?? `ok:${l.article.id}`)).toEqual([
      'input/empty', 'input/binary', 'input/encoding', 'ok:ok', 'input/bad-json', 'input/bad-article', 'ok:e-good',
    ]);
    for (const l of lines.filter((x) => x.error)) expect(ErrorRecord.safeParse(l).success).toBe(true);
    expect(lines[4].input).toEqual({ path: join(dir, 'd-dump.jsonl'), line: 2, id: null });
    expect(out.stderr).toContain('d-dump.jsonl:2: input/bad-json');
  });

  it('reads UTF-16 text with its byte-order mark, and names UTF-16 without one', () => {
    const dir = tempDir('newsevents-');
    const le = 'Reuters reported on Monday that China agreed to talks — a first.';
    writeFileSync(join(dir, 'a-le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(le, 'utf16le')]));
    // (Big-endian: each pair of the little-endian bytes swapped.)
    writeFileSync(join(dir, 'b-be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Xinhua reported that talks resumed.', 'utf16le').swap16()]));
    writeFileSync(join(dir, 'c-no-mark.txt'), Buffer.from('Xinhua reported that talks resumed.', 'utf16le'));
    const out = run(['extract', dir, '--published-at', '2019-04-03']);
    const lines = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].claims.map((c: any) => [c.speaker.text, c.cue.text, c.content.text])).toEqual([['Reuters', 'reported', 'that China agreed to talks — a first']]);
    expect(lines[0].dates.map((d: any) => d.value)).toEqual(['2019-04-01']);
    expect(lines[1].claims.map((c: any) => c.content.text)).toEqual(['that talks resumed']);
    expect(lines[2].error).toEqual({ code: 'input/encoding', message: 'the file looks like UTF-16 without a byte-order mark (convert it first, e.g. iconv -f utf-16le -t utf-8)' });
  });

  it('reads a JSONL dump that opens with the UTF-8 byte-order mark', () => {
    const out = run(['extract', '-', '-q'], '\ufeff{"id":"b1","text":"Xinhua reported that talks resumed."}\n{"id":"b2","text":"Trump said talks would resume."}\n');
    expect(out.status).toBe(0);
    expect(out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).article.id)).toEqual(['b1', 'b2']);
  });

  it('reads JSONL on stdin', () => {
    const out = run(['extract', '-', '-q'], '{"id":"s1","text":"Reuters reported that China agreed to talks.","publishedAt":"2019-04-03"}\n');
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).article).toMatchObject({ id: 's1', publishedAt: '2019-04-03', referenceSource: 'publishedAt' });
  });

  it('checks lexicon files and pipeline names before starting, with a clear message', () => {
    const dir = tempDir('newsevents-lex-');
    writeFileSync(join(dir, 'bad.json'), '{"organisations": []}');
    const bad = run(['extract', 'seeds/', '--lexicon', join(dir, 'bad.json'), '--concurrency', '2']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown lexicon key "organisations"');
    expect(bad.stderr).not.toContain('    at ');
    const pipeline = run(['extract', 'seeds/', '--pipeline', 'dates_only']);
    expect(pipeline.status).toBe(2);
    expect(pipeline.stderr).toContain('built-in: default, dates-only, entities-only');
  });

  it('explains usage errors with exit code 2', () => {
    const out = run(['extract', 'seeds/', '--concurrency', 'many']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('--concurrency takes a whole number');
    expect(out.stdout).toBe('');
  });
});

describe('newsevents bench', () => {
  it('checks its options before building anything', () => {
    const out = run(['bench', '--passes', '0']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('--passes takes a whole number, 1 or more');
  });
});

describe('newsevents schema', () => {
  it('prints a JSON Schema that names the record fields', () => {
    const schema = JSON.parse(execFileSync(process.execPath, [CLI, 'schema'], { encoding: 'utf8' }));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.stringify(schema)).toContain('"countryCode"');
  });
});
