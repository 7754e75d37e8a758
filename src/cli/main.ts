#!/usr/bin/env node
// The newsevents command line: extract, schema, eval, bench.
import { parseArgs } from 'node:util';
import { HELP, commandHelp } from './help.js';

export class UsageError extends Error {}

type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./extract.js')).extractCommand,
  schema: async () => (await import('./schema.js')).schemaCommand,
  eval: async () => (await import('./eval.js')).evalCommand,
  bench: async () => (await import('./bench.js')).benchCommand,
  db: async () => (await import('./db.js')).dbCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' ? rest[0] : undefined;
    process.stdout.write(topic && commands[topic] ? commandHelp(topic) : HELP);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    const { packagePath } = await import('../util/paths.js');
    const { readFileSync } = await import('node:fs');
    process.stdout.write(`${JSON.parse(readFileSync(packagePath('package.json'), 'utf8')).version}\n`);
    return 0;
  }
  const load = commands[name];
  if (!load) throw new UsageError(`unknown command "${name}"`);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(commandHelp(name));
    return 0;
  }
  return (await load())(rest);
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

export function parse(argv: string[], options: Options, command: string): { values: Record<string, any>; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true }) as { values: Record<string, any>; positionals: string[] };
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message.replace(/^.*?: /, '')}`);
  }
}

// A closed pipe ("newsevents extract ... | head") ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    if (error instanceof UsageError) {
      process.stderr.write(`newsevents: ${error.message}\nRun "newsevents --help" for usage.\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`newsevents: ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = 3;
    }
  },
);
