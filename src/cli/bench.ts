// newsevents bench (comes with the batch-processing work).
import { parse } from './main.js';

export async function benchCommand(argv: string[]): Promise<number> {
  parse(argv, {}, 'bench');
  process.stderr.write('newsevents: bench is not built yet\n');
  return 2;
}
