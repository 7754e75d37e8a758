// newsevents schema: the JSON Schema generated from the zod schemas.
import { jsonSchema } from '../schema/record.js';
import { parse } from './main.js';

export async function schemaCommand(argv: string[]): Promise<number> {
  parse(argv, {}, 'schema');
  process.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
  return 0;
}
