// Database sinks against a real SQLite file and a real PostgreSQL server: schema, upserts, replacement, queries.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSink, type Sink } from '../../src/db/sink.js';
import { TABLES as SCHEMA_TABLES, addedColumns, ddl } from '../../src/db/schema.js';
import { extractSync } from '../../src/index.js';
import { SEED_A, SEED_B, seedRecord, tempDir } from '../helpers.js';
import { startPostgres, type Cluster } from '../support/postgres.js';

const TABLES = ['articles', 'entities', 'mentions', 'dates', 'claims', 'events', 'event_participants'];
const records = [seedRecord(SEED_A), seedRecord(SEED_B)];
const expected = {
  articles: 2,
  mentions: records.reduce((n, r) => n + r.entities.reduce((m, e) => m + e.mentions.length, 0), 0),
  dates: records.reduce((n, r) => n + r.dates.length, 0),
  claims: records.reduce((n, r) => n + r.claims.length, 0),
  events: records.reduce((n, r) => n + r.events.length, 0),
};

// The README's example queries.
export const TOP_OFFICIALS = `SELECT e.name, e.title, COUNT(*) AS claims FROM claims c JOIN entities e ON e.id = c.speaker_entity_id
  WHERE e.type = 'person' GROUP BY e.id, e.name, e.title ORDER BY claims DESC, e.name LIMIT 10`;

type Query = (sql: string) => Promise<Array<Record<string, unknown>>>;

function suite(name: string, open: () => Promise<{ sink: Sink; query: Query; close: () => Promise<void> }>) {
  describe(name, () => {
    let sink: Sink;
    let query: Query;
    let close: () => Promise<void>;
    // One query at a time: a pg client runs queries in sequence (pg 9 refuses overlapping ones).
    const counts = async () => {
      const out: Record<string, number> = {};
      for (const t of TABLES) out[t] = Number((await query(`SELECT COUNT(*) AS n FROM "${t}"`))[0].n);
      return out;
    };

    beforeAll(async () => {
      ({ sink, query, close } = await open());
      await sink.init();
      await sink.init(); // idempotent
    });
    afterAll(async () => { await sink.close(); await close(); });

    it('writes every layer of the seeds', async () => {
      await sink.write(records);
      expect(await counts()).toMatchObject(expected);
    });

    it('upserts: the same records again change nothing', async () => {
      const before = await counts();
      await sink.write(records);
      expect(await counts()).toEqual(before);
    });

    it('replaces an article written again with changed content', async () => {
      const changed = extractSync({ id: SEED_B, text: 'Reuters reported that China agreed to talks on Friday.', publishedAt: '2015-03-20' });
      await sink.write([changed]);
      const claims = await query(`SELECT content_text FROM claims WHERE article_id = '${SEED_B}'`);
      expect(claims.map((c) => c.content_text)).toEqual(['that China agreed to talks on Friday']);
      await sink.write([records[1]]);
      expect(await counts()).toMatchObject(expected);
    });

    it('stores a claim that names no speaker with empty speaker columns', async () => {
      const id = 'unattributed-claim';
      await sink.write([extractSync({ id, text: 'The convention is expected to draw 50,000 delegates.', publishedAt: '2016-07-01' })]);
      const rows = await query(`SELECT speaker_text, speaker_kind, cue_text FROM claims WHERE article_id = '${id}'`);
      expect(rows).toEqual([{ speaker_text: null, speaker_kind: null, cue_text: 'is expected' }]);
    });

    it('answers the README queries', async () => {
      const top = await query(TOP_OFFICIALS);
      expect(top.map((r) => [r.name, r.title, Number(r.claims)])).toEqual([
        ['Larry Kudlow', 'top economic adviser', 2], ['Steven Mnuchin', 'Secretary', 2], ['Donald Trump', 'President', 1], ['Li Keqiang', 'Premier', 1]]);
      const events = await query(`SELECT type, COUNT(*) AS n FROM events WHERE type = 'CONSULT' GROUP BY type`);
      expect(Number(events[0].n)).toBeGreaterThan(0);
    });

    it('stores the pieces of a quotation its attribution interrupts as JSON', async () => {
      const id = 'interrupted-quote';
      await sink.write([extractSync({ id, text: '"The system is sound," Yellen said on Thursday. "Depositors will be paid."', publishedAt: '2023-03-16' })]);
      const rows = await query(`SELECT content_fragments FROM claims WHERE article_id = '${id}'`);
      const pieces = rows.map((r) => (typeof r.content_fragments === 'string' ? JSON.parse(r.content_fragments) : r.content_fragments));
      expect(pieces.map((p: Array<{ text: string }>) => p.map((f) => f.text))).toEqual([['"The system is sound,"', '"Depositors will be paid."']]);
    });
  });
}

suite('sqlite', async () => {
  const file = join(tempDir('newsevents-db-'), 'events.db');
  const sink = await openSink(`sqlite:${file}`);
  const db = new Database(file, { readonly: false });
  return { sink, query: async (sql) => db.prepare(sql).all() as Array<Record<string, unknown>>, close: async () => db.close() };
});

let cluster: Cluster | null = null;
suite('postgres', async () => {
  cluster = await startPostgres();
  const sink = await openSink(cluster.url);
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  return {
    sink,
    query: async (sql) => (await client.query(sql)).rows,
    close: async () => { await client.end(); cluster?.stop(); },
  };
});

describe('db schema', () => {
  it('adds to a database an earlier version made the nullable columns it lacks, and keeps writing to it', async () => {
    const file = join(tempDir('newsevents-db-'), 'old.db');
    const old = new Database(file);
    old.exec(ddl('sqlite').join(';\n').replace(/,\n  "content_fragments" TEXT/, ''));
    expect((old.prepare('PRAGMA table_info("claims")').all() as Array<{ name: string }>).map((c) => c.name)).not.toContain('content_fragments');
    old.close();
    const sink = await openSink(`sqlite:${file}`);
    await sink.init();
    await sink.write([records[0]]);
    await sink.close();
    const db = new Database(file, { readonly: true });
    expect((db.prepare('PRAGMA table_info("claims")').all() as Array<{ name: string }>).map((c) => c.name)).toContain('content_fragments');
    expect(Number((db.prepare('SELECT COUNT(*) AS n FROM claims').get() as { n: number }).n)).toBe(records[0].claims.length);
    db.close();
    const columns = SCHEMA_TABLES.find((t) => t.name === 'claims')!.columns.map((c) => c.name);
    expect(addedColumns('postgres', 'claims', new Set(columns.filter((c) => c !== 'content_fragments')))).toEqual(['ALTER TABLE "claims" ADD COLUMN "content_fragments" JSONB']);
    expect(() => addedColumns('postgres', 'claims', new Set(columns.filter((c) => c !== 'cue_text')))).toThrow(/"cue_text", which may not be null/);
  });


  it('generates DDL with foreign keys and the indexes people query by', () => {
    const sql = ddl('postgres').join(';\n');
    expect(sql).toContain('CREATE TABLE IF NOT EXISTS "event_participants"');
    expect(sql).toContain('FOREIGN KEY ("article_id") REFERENCES "articles" ("id") ON DELETE CASCADE');
    expect(sql).toContain('ON "entities" ("name")');
    expect(sql).toContain('ON "events" ("type", "date_value")');
    expect(sql).toContain('"speaker_entity_id" TEXT');
  });
});
