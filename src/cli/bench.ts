// newsevents bench: speed of the pipeline, its stages and the peers, with peak RSS and start-up time.
import { defaultDataDir } from '../eval/index.js';
import { formatBench, runBench } from '../bench/index.js';
import { parse, UsageError } from './main.js';

export async function benchCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    mb: { type: 'string' },
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    passes: { type: 'string' },
    'data-dir': { type: 'string' },
  }, 'bench');
  const mb = values.mb !== undefined ? Number(values.mb) : values.quick ? 2 : 50;
  if (!Number.isInteger(mb) || mb < 1) throw new UsageError('bench: --mb takes a whole number of megabytes');
  const passes = values.passes !== undefined ? Number(values.passes) : values.quick ? 1 : 3;
  if (!Number.isInteger(passes) || passes < 1) throw new UsageError('bench: --passes takes a whole number, 1 or more');
  const report = await runBench({ mb, dataDir: values['data-dir'] ?? defaultDataDir(), sampleMb: Math.min(mb, values.quick ? 1 : 5), passes, log: (l) => process.stderr.write(`newsevents: ${l}\n`) });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 1)}\n` : `${formatBench(report)}\n`);
  return 0;
}
