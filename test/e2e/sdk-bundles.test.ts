import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serviceNames } from '../../src/services/index.js';
import { ROOT } from '../helpers/cli.js';

function compiledModules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The build (`npm test` builds first) links the compiled code to trimmed SDK clients: scripts/build-sdk.mjs. */
describe('the SDK clients the build bundles', () => {
  const compiled = ['dist/src', 'dist/checks'].flatMap((folder) => compiledModules(join(ROOT, folder)));

  it('are what the compiled code imports, never the whole client package', () => {
    const importingPackages = compiled.filter((file) => /from\s*['"]@aws-sdk\/client-/.test(readFileSync(file, 'utf8')));
    expect(importingPackages.map((file) => relative(ROOT, file))).toEqual([]);
    const linked = compiled.filter((file) => readFileSync(file, 'utf8').includes("/sdk/client-ec2.js'"));
    expect(linked.length).toBeGreaterThan(5);
  });

  it('hold the commands the scanner sends and not the rest of the service', async () => {
    const ec2 = (await import(pathToFileURL(join(ROOT, 'dist/sdk/client-ec2.js')).href)) as Record<string, unknown>;
    expect(typeof ec2.EC2Client).toBe('function');
    expect(typeof ec2.DescribeRegionsCommand).toBe('function');
    // A write no check makes: the package has it, the bundle must not.
    expect(ec2.RunInstancesCommand).toBeUndefined();
    // Nor the schema of its shapes: the schemas' computed keys once kept every shape of the service.
    const source = readFileSync(join(ROOT, 'dist/sdk/client-ec2.js'), 'utf8');
    expect(source).toContain('DescribeRegionsResult');
    expect(source).not.toContain('RunInstancesRequest');
    expect(source).not.toContain('AcceptAddressTransferRequest');
  });

  it('link with every compiled service module, so every import they name is in its bundle', async () => {
    const failures: string[] = [];
    for (const service of serviceNames) {
      const folder = join(ROOT, 'dist/src/services', service);
      for (const file of compiledModules(folder)) {
        await import(pathToFileURL(file).href).catch((error: Error) => failures.push(`${relative(ROOT, file)}: ${error.message}`));
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
