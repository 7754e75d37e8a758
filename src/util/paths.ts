// Locates files shipped with the package (lexicons, fixtures), from src/ under tests or dist/src/ when built.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'newsevents') return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('newsevents: cannot find the package root');
    dir = parent;
  }
}

export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
