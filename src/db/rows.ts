// A record as table rows, in the column order of src/db/schema.ts.
import type { NewsRecord } from '../schema/record.js';
import { TABLES, type Column, type Table } from './schema.js';

export type Value = string | number | boolean | null;
export type Rows = Record<string, Value[][]>;

function pick(source: unknown, column: Column): Value {
  let value: unknown = source;
  for (const key of column.path) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key];
  if (value === undefined || value === null) return null;
  if (column.type === 'json') return JSON.stringify(value);
  return value as Value;
}

const table = (name: string): Table => TABLES.find((t) => t.name === name)!;
const row = (name: string, source: unknown): Value[] => table(name).columns.map((c) => pick(source, c));

export function recordRows(record: NewsRecord): Rows {
  const articleId = record.article.id;
  const dateValue = new Map(record.dates.map((d) => [d.id, d.value]));
  return {
    articles: [row('articles', { ...record.article, warnings: record.warnings })],
    entities: record.entities.map((e) => row('entities', e)),
    mentions: record.entities.flatMap((e) => e.mentions.map((m) => row('mentions', { ...m, article_id: articleId, entity_id: e.id }))),
    dates: record.dates.map((d) => row('dates', { ...d, article_id: articleId })),
    claims: record.claims.map((c) => row('claims', { ...c, article_id: articleId })),
    events: record.events.map((e) => row('events', { ...e, article_id: articleId, date_value: (e.dateId && dateValue.get(e.dateId)) ?? record.article.referenceDate })),
    event_participants: record.events.flatMap((e) => [
      ...e.actors.map((p, position) => row('event_participants', { ...p, event_id: e.id, role: 'actor', position })),
      ...e.recipients.map((p, position) => row('event_participants', { ...p, event_id: e.id, role: 'recipient', position })),
    ]),
  };
}
