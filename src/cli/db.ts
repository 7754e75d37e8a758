// newsevents db init | schema: create the tables, or print their DDL (generated from the zod record schemas).
import { ddl, type Dialect } from '../db/schema.js';
import { openSink } from '../db/sink.js';
import { parse, UsageError } from './main.js';

export async function dbCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const { values } = parse(rest, { db: { type: 'string' }, dialect: { type: 'string', default: 'sqlite' } }, `db ${sub ?? ''}`.trim());
  if (sub === 'schema') {
    const dialect = (values.db ? (String(values.db).startsWith('sqlite:') ? 'sqlite' : 'postgres') : values.dialect) as Dialect;
    if (dialect !== 'sqlite' && dialect !== 'postgres') throw new UsageError('db schema: --dialect is sqlite or postgres');
    process.stdout.write(`${ddl(dialect).join(';\n\n')};\n`);
    return 0;
  }
  if (sub === 'init') {
    if (!values.db) throw new UsageError('db init: give --db sqlite:FILE or --db postgres://user@host:port/db');
    const sink = await openSink(values.db);
    await sink.init();
    await sink.close();
    process.stderr.write(`newsevents: tables ready in ${values.db}\n`);
    return 0;
  }
  throw new UsageError('db: use "db init --db URL" or "db schema [--dialect sqlite|postgres]"');
}
