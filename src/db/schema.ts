// SQL tables derived from the zod record schemas: one column per scalar field, nested objects flattened with a
// prefix (speaker.entityId -> speaker_entity_id), arrays become child tables. DDL for SQLite and PostgreSQL.
import { z } from 'zod';
import { Article, Claim, DateItem, Entity, Event, Mention, Participant } from '../schema/record.js';

export type Dialect = 'sqlite' | 'postgres';
export type ColumnType = 'text' | 'integer' | 'boolean' | 'json';

export interface Column {
  name: string;
  /** Path into the row object the value comes from: ['speaker', 'entityId']. */
  path: string[];
  type: ColumnType;
  nullable: boolean;
}

export interface ForeignKey { column: string; table: string; deferred?: boolean; cascade?: boolean }

export interface Table {
  name: string;
  columns: Column[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  indexes: string[][];
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function unwrap(type: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  let inner: z.ZodType = type;
  let nullable = false;
  for (;;) {
    if (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) { nullable = true; inner = inner.unwrap() as z.ZodType; continue; }
    if (inner instanceof z.ZodDefault) { inner = inner.unwrap() as z.ZodType; continue; }
    return { inner, nullable };
  }
}

/** Columns of a zod object: scalars as they are, objects flattened, arrays skipped (child tables) unless kept as JSON
 *  (`json` names fields by their path: "warnings", "content.fragments"). */
export function columnsOf(schema: z.ZodObject, options: { skip?: string[]; json?: string[]; prefix?: string[]; nullable?: boolean } = {}): Column[] {
  const out: Column[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    if (options.skip?.includes(key)) continue;
    const { inner, nullable } = unwrap(field as z.ZodType);
    const path = [...(options.prefix ?? []), key];
    const name = path.map(snake).join('_');
    const isNull = nullable || !!options.nullable;
    if (options.json?.includes(path.join('.'))) { out.push({ name, path, type: 'json', nullable: isNull }); continue; }
    if (inner instanceof z.ZodObject) { out.push(...columnsOf(inner, { prefix: path, nullable: isNull, json: options.json })); continue; }
    if (inner instanceof z.ZodArray) continue;
    const type: ColumnType = inner instanceof z.ZodNumber ? 'integer' : inner instanceof z.ZodBoolean ? 'boolean' : 'text';
    out.push({ name, path, type, nullable: isNull });
  }
  return out;
}

const col = (name: string, type: ColumnType, nullable = false): Column => ({ name, path: [name], type, nullable });

/** The tables, in the order they are created (parents first). */
export const TABLES: readonly Table[] = [
  {
    name: 'articles',
    columns: [...columnsOf(Article), col('warnings', 'json')],
    primaryKey: ['id'],
    foreignKeys: [],
    indexes: [['published_at'], ['reference_date']],
  },
  {
    // Entities are shared across articles (their id derives from type and name).
    name: 'entities',
    columns: columnsOf(Entity, { skip: ['mentions'] }),
    primaryKey: ['id'],
    foreignKeys: [],
    indexes: [['name'], ['type', 'subtype'], ['country_code']],
  },
  {
    name: 'mentions',
    columns: [col('article_id', 'text'), col('entity_id', 'text'), ...columnsOf(Mention)],
    primaryKey: ['article_id', 'entity_id', 'start', 'end'],
    foreignKeys: [{ column: 'article_id', table: 'articles', cascade: true }, { column: 'entity_id', table: 'entities' }],
    indexes: [['entity_id']],
  },
  {
    name: 'dates',
    columns: [col('article_id', 'text'), ...columnsOf(DateItem)],
    primaryKey: ['id'],
    foreignKeys: [{ column: 'article_id', table: 'articles', cascade: true }],
    indexes: [['article_id'], ['value']],
  },
  {
    name: 'claims',
    // (A content's pieces around its attribution, when it has them, as a JSON array.)
    columns: [col('article_id', 'text'), ...columnsOf(Claim, { json: ['content.fragments'] })],
    primaryKey: ['id'],
    foreignKeys: [
      { column: 'article_id', table: 'articles', cascade: true },
      { column: 'speaker_entity_id', table: 'entities' },
      { column: 'parent_id', table: 'claims', deferred: true },
      { column: 'date_id', table: 'dates', deferred: true },
    ],
    indexes: [['article_id'], ['speaker_entity_id'], ['speaker_kind']],
  },
  {
    name: 'events',
    columns: [col('article_id', 'text'), ...columnsOf(Event, { skip: ['actor', 'recipient', 'actors', 'recipients'] }), col('date_value', 'text', true)],
    primaryKey: ['id'],
    foreignKeys: [
      { column: 'article_id', table: 'articles', cascade: true },
      { column: 'date_id', table: 'dates', deferred: true },
      { column: 'place_id', table: 'entities', deferred: true },
      { column: 'claim_id', table: 'claims', deferred: true },
    ],
    indexes: [['article_id'], ['type', 'date_value']],
  },
  {
    name: 'event_participants',
    columns: [col('event_id', 'text'), col('role', 'text'), col('position', 'integer'), ...columnsOf(Participant)],
    primaryKey: ['event_id', 'role', 'position'],
    foreignKeys: [{ column: 'event_id', table: 'events', cascade: true }, { column: 'entity_id', table: 'entities', deferred: true }],
    indexes: [['entity_id'], ['country_code']],
  },
];

const SQL_TYPES: Record<Dialect, Record<ColumnType, string>> = {
  sqlite: { text: 'TEXT', integer: 'INTEGER', boolean: 'INTEGER', json: 'TEXT' },
  postgres: { text: 'TEXT', integer: 'INTEGER', boolean: 'BOOLEAN', json: 'JSONB' },
};

export const quote = (name: string) => `"${name}"`;

/** ALTER TABLE statements adding the nullable columns a table created by an earlier version lacks (`existing`: the
 *  column names it has), so a database keeps taking records as the schema grows. A missing column that may not be
 *  null cannot be added to rows already there: that is an error that names it. */
export function addedColumns(dialect: Dialect, table: string, existing: ReadonlySet<string>): string[] {
  const t = TABLES.find((x) => x.name === table);
  if (!t || existing.size === 0) return [];
  return t.columns.filter((c) => !existing.has(c.name)).map((c) => {
    if (!c.nullable) throw new Error(`table "${table}" lacks the column "${c.name}", which may not be null: write to a new database`);
    return `ALTER TABLE ${quote(table)} ADD COLUMN ${quote(c.name)} ${SQL_TYPES[dialect][c.type]}`;
  });
}

/** CREATE TABLE and CREATE INDEX statements, idempotent (IF NOT EXISTS). */
export function ddl(dialect: Dialect): string[] {
  const out: string[] = [];
  for (const t of TABLES) {
    const lines = t.columns.map((c) => `  ${quote(c.name)} ${SQL_TYPES[dialect][c.type]}${c.nullable ? '' : ' NOT NULL'}`);
    lines.push(`  PRIMARY KEY (${t.primaryKey.map(quote).join(', ')})`);
    for (const fk of t.foreignKeys) {
      lines.push(`  FOREIGN KEY (${quote(fk.column)}) REFERENCES ${quote(fk.table)} (${quote('id')})${fk.cascade ? ' ON DELETE CASCADE' : ''}${fk.deferred ? ' DEFERRABLE INITIALLY DEFERRED' : ''}`);
    }
    out.push(`CREATE TABLE IF NOT EXISTS ${quote(t.name)} (\n${lines.join(',\n')}\n)`);
    for (const index of t.indexes) {
      out.push(`CREATE INDEX IF NOT EXISTS ${quote(`${t.name}_${index.join('_')}_idx`)} ON ${quote(t.name)} (${index.map(quote).join(', ')})`);
    }
  }
  return out;
}
