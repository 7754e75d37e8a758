// A test that writes to the console fails: stdout of the CLI must carry records only.
import { afterEach, beforeEach, vi } from 'vitest';

const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const m of methods) vi.spyOn(console, m).mockImplementation((...args: unknown[]) => { calls.push(`${m}: ${args.join(' ')}`); });
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) throw new Error(`the test wrote to the console:\n${calls.join('\n')}`);
});
