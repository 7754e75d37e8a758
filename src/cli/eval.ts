// newsevents eval (scorer comes with the golden-fixtures work).
import { parse } from './main.js';

export async function evalCommand(argv: string[]): Promise<number> {
  parse(argv, {}, 'eval');
  process.stderr.write('newsevents: eval is not built yet\n');
  return 2;
}
