// Database sinks: records upserted by their stable ids; an article written again replaces what it had.
import { TABLES, ddl, quote, type Dialect } from './schema.js';
import { recordRows, type Rows, type Value } from './rows.js';
import type { NewsRecord } from '../schema/record.js';

export interface Sink {
  readonly dialect: Dialect;
  init(): Promise<void>;
  /** Writes a batch of records in one transaction. */
  write(records: readonly NewsRecord[]): Promise<void>;
  close(): Promise<void>;
}

/** Child rows of an article are deleted before it is written again (they cascade from the article row). */
const CHILD_DELETES = ['event_participants', 'events', 'claims', 'dates', 'mentions'];

export interface Statement { sql: string; values: Value[] }

/** The statements that write one batch: delete the articles' old rows, upsert parents, insert children. */
export function batchStatements(dialect: Dialect, records: readonly NewsRecord[]): Statement[] {
  const p = (i: number) => (dialect === 'postgres' ? `$${i}` : '?');
  const out: Statement[] = [];
  for (const record of records) {
    const id = record.article.id;
    out.push({ sql: `DELETE FROM "event_participants" WHERE "event_id" IN (SELECT "id" FROM "events" WHERE "article_id" = ${p(1)})`, values: [id] });
    for (const t of CHILD_DELETES.slice(1)) out.push({ sql: `DELETE FROM ${quote(t)} WHERE "article_id" = ${p(1)}`, values: [id] });
    const rows: Rows = recordRows(record);
    for (const t of TABLES) {
      const columns = t.columns.map((c) => c.name);
      const conflict = t.primaryKey.map(quote).join(', ');
      const updates = columns.filter((c) => !t.primaryKey.includes(c)).map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ');
      const sql = `INSERT INTO ${quote(t.name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map((_, i) => p(i + 1)).join(', ')}) ON CONFLICT (${conflict}) DO ${updates ? `UPDATE SET ${updates}` : 'NOTHING'}`;
      for (const values of rows[t.name]) {
        out.push({ sql, values: dialect === 'sqlite' ? values.map((v) => (typeof v === 'boolean' ? Number(v) : v)) : values });
      }
    }
  }
  return out;
}

export async function openSink(url: string): Promise<Sink> {
  if (url.startsWith('sqlite:')) return (await import('./sqlite.js')).sqliteSink(url.slice('sqlite:'.length).replace(/^\/\//, ''));
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return (await import('./postgres.js')).postgresSink(url);
  throw new Error(`--db takes sqlite:FILE or postgres://user@host:port/db, not "${url}"`);
}

export { ddl };
