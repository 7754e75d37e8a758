// The record as a whole: schema, offsets, determinism, stable ids.
import { describe, expect, it } from 'vitest';
import { extractSync, NewsRecord } from '../src/index.js';
import { SEED_A, SEED_B, seedRecord, seedText } from './helpers.js';

function spans(record: NewsRecord): Array<{ start: number; end: number; text: string; where: string }> {
  const out = [];
  for (const e of record.entities) for (const m of e.mentions) out.push({ ...m, where: `entity ${e.name}` });
  for (const d of record.dates) out.push({ ...d, where: 'date' });
  // (A claim may name no speaker: "It is also being criticized because ...".)
  for (const c of record.claims) {
    if (c.speaker) out.push({ ...c.speaker, where: 'speaker' });
    out.push({ ...c.cue, where: 'cue' }, { ...c.content, where: 'content' });
  }
  for (const e of record.events) out.push({ ...e.trigger, where: 'trigger' });
  return out;
}

describe.each([SEED_A, SEED_B])('seed %s', (id) => {
  const record = seedRecord(id);
  const text = seedText(id);

  it('validates against the schema', () => {
    expect(NewsRecord.safeParse(record).success).toBe(true);
  });

  it('every span is an exact slice of the original text', () => {
    const all = spans(record);
    expect(all.length).toBeGreaterThan(20);
    for (const s of all) expect({ where: s.where, text: text.slice(s.start, s.end) }).toEqual({ where: s.where, text: s.text });
  });

  it('gives the same bytes for the same input', () => {
    expect(JSON.stringify(seedRecord(id))).toBe(JSON.stringify(record));
  });

  it('references only ids that exist in the record', () => {
    const entityIds = new Set(record.entities.map((e) => e.id));
    const dateIds = new Set(record.dates.map((d) => d.id));
    const claimIds = new Set(record.claims.map((c) => c.id));
    for (const c of record.claims) {
      if (c.speaker?.entityId) expect(entityIds).toContain(c.speaker.entityId);
      if (c.parentId) expect(claimIds).toContain(c.parentId);
      if (c.dateId) expect(dateIds).toContain(c.dateId);
    }
    for (const e of record.events) {
      for (const a of [...e.actor, ...e.recipient]) expect(entityIds).toContain(a);
      if (e.claimId) expect(claimIds).toContain(e.claimId);
      if (e.dateId) expect(dateIds).toContain(e.dateId);
    }
  });
});

describe('ids', () => {
  it('derive from content: an entity keeps its id across articles', () => {
    const a = extractSync({ text: 'Premier Li Keqiang visited Berlin on Monday.' });
    const b = extractSync({ text: 'Li Keqiang, the Chinese premier, spoke in Paris.' });
    const id = (r: NewsRecord) => r.entities.find((e) => e.name === 'Li Keqiang')?.id;
    expect(id(a)).toBeDefined();
    expect(id(a)).toBe(id(b));
  });

  it('article ids derive from the text when none is given', () => {
    expect(extractSync({ text: 'Obama met Putin.' }).article.id).toBe(extractSync({ text: 'Obama met Putin.' }).article.id);
    expect(extractSync({ text: 'Obama met Putin.' }).article.id).not.toBe(extractSync({ text: 'Putin met Obama.' }).article.id);
  });
});

describe('warnings', () => {
  it('says when no reference date is known, and keeps relative dates underspecified', () => {
    const r = extractSync({ text: 'The minister said on Wednesday that talks would resume.' });
    expect(r.warnings.map((w) => w.code)).toContain('dates/no-reference-date');
    expect(r.dates).toEqual([expect.objectContaining({ text: 'Wednesday', value: 'XXXX-WXX-3' })]);
  });

  it('says when a huge article is cut', () => {
    const text = 'The minister spoke in Paris. '.repeat(400);
    const r = extractSync({ text, publishedAt: '2020-01-01' }, { maxChars: 1000 });
    const warning = r.warnings.find((w) => w.code === 'ingest/truncated');
    expect(warning?.span?.end).toBe(text.length);
    expect(r.article.textLength).toBe(text.length);
    expect(Math.max(...r.entities.flatMap((e) => e.mentions.map((m) => m.end)))).toBeLessThanOrEqual(1000);
  });
});
