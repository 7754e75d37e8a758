// SQLite through better-sqlite3: the embedded default (--db sqlite:events.db).
import Database from 'better-sqlite3';
import { TABLES, addedColumns, ddl } from './schema.js';
import { batchStatements, type Sink } from './sink.js';

export function sqliteSink(file: string): Sink {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  return {
    dialect: 'sqlite',
    async init() {
      db.exec(ddl('sqlite').join(';\n'));
      for (const t of TABLES) {
        const existing = new Set((db.prepare(`PRAGMA table_info("${t.name}")`).all() as Array<{ name: string }>).map((c) => c.name));
        for (const statement of addedColumns('sqlite', t.name, existing)) db.exec(statement);
      }
    },
    async write(records) {
      const statements = batchStatements('sqlite', records);
      db.transaction(() => { for (const s of statements) prepare(s.sql).run(...s.values); })();
    },
    async close() {
      db.close();
    },
  };
}
