import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * The modules a source file loads when it is imported: static `import`/`export ... from`, not
 * `import type`, type-only specifier lists, nor dynamic `import()` (which loads only when run).
 */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const bare = [...source.matchAll(/^import\s+['"]([^'"]+)['"]/gm)].map(([, specifier]) => specifier!);
  const named = [...source.matchAll(/^(?:import|export)\s+(?!type\b)([^;'"()=]*?)\s+from\s+['"]([^'"]+)['"]/gm)]
    .filter(([, clause = '']) => {
      const list = /^\{([\s\S]*)\}$/.exec(clause.trim())?.[1];
      return list === undefined || !list.split(',').every((name) => name.trim() === '' || name.trim().startsWith('type '));
    })
    .map(([, , specifier]) => specifier!);
  return [...bare, ...named];
}

/** Every package a module pulls in at import time, following the project's own files. */
function packagesLoadedBy(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      if (!specifier.startsWith('.')) {
        if (!packages.has(specifier)) packages.set(specifier, relative(root, file));
        continue;
      }
      const target = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
      if (existsSync(target)) visit(target);
    }
  };
  visit(join(root, entry));
  return packages;
}

const sdkPackages = (entry: string) => [...packagesLoadedBy(entry)].filter(([name]) => name.startsWith('@aws-sdk/')).map(([name, by]) => `${name} (imported by ${by})`);

const checkFiles = readdirSync(join(root, 'checks', 'aws'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join('checks', 'aws', file));

describe('what loads an AWS SDK', () => {
  it('the CLI entry point imports no AWS SDK: --help, --version and the listings load none', () => {
    expect(sdkPackages('src/cli/main.ts')).toEqual([]);
  });

  // What the commands import when they run: `scanner report`, and --list-config's config table.
  it.each(['src/output/html/writer.ts', 'src/output/ocsf-read.ts', 'src/output/atomic-file.ts', 'src/config/list.ts'])('%s imports no AWS SDK', (file) => {
    expect(sdkPackages(file)).toEqual([]);
  });

  it.each(checkFiles)('%s imports no AWS SDK: checks judge loaded data, their cases are plain data', (file) => {
    expect(sdkPackages(file)).toEqual([]);
  });

  it('a service module does load its SDK (the walk above would see it)', () => {
    expect(sdkPackages('src/services/ec2/ec2.ts')).toContainEqual(expect.stringMatching(/^@aws-sdk\/client-ec2 \(imported by src\/services\/ec2\//));
  });
});
