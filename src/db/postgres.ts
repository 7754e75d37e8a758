// PostgreSQL through pg, for teams (--db postgres://user@host:port/db): one transaction per batch.
import pg from 'pg';
import { TABLES, addedColumns, ddl } from './schema.js';
import { batchStatements, type Sink } from './sink.js';

export async function postgresSink(url: string): Promise<Sink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    dialect: 'postgres',
    async init() {
      for (const statement of ddl('postgres')) await client.query(statement);
      for (const t of TABLES) {
        const { rows } = await client.query('SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1', [t.name]);
        for (const statement of addedColumns('postgres', t.name, new Set(rows.map((r: { column_name: string }) => r.column_name)))) await client.query(statement);
      }
    },
    async write(records) {
      const statements = batchStatements('postgres', records);
      await client.query('BEGIN');
      try {
        for (const s of statements) await client.query({ text: s.sql, values: s.values, name: undefined });
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    async close() {
      await client.end();
    },
  };
}
