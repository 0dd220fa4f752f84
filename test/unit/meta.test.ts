import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allChecks } from '../../checks/index.js';
import { renderCheckIndex } from '../tools/generate-check-index.mjs';
import { isServiceName } from '../../src/services/registry.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Prowler 5.40's AWS checks: service, check ID, severity, resource type, categories. */
const reference = new Map(
  readFileSync(join(root, 'test', 'fixtures', 'prowler-aws-checks.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [service, id, severity, resourceType, categories] = line.split('\t') as [string, string, string, string, string];
      return [id, { service, severity, resourceType, categories: categories ? categories.split(',') : [] }] as const;
    }),
);

const checkFiles = readdirSync(join(root, 'checks', 'aws'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(root, 'checks', 'aws', d.name))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => ({ folder: d.name, id: f.slice(0, -3) })),
  );

describe('checks stay in step with their files, index and Prowler', () => {
  it('the generated index lists exactly the check files (run `npm run generate` if not)', () => {
    expect(readFileSync(join(root, 'checks', 'index.ts'), 'utf8')).toBe(renderCheckIndex());
    expect(allChecks.map((c) => c.id).sort()).toEqual(checkFiles.map((f) => f.id).sort());
  });

  it.each(checkFiles)('$folder/$id: named after its ID, in its service folder, with a case table', ({ folder, id }) => {
    const check = allChecks.find((c) => c.id === id);
    expect(check, `checks/aws/${folder}/${id}.ts must define check ${id}`).toBeDefined();
    expect(check!.service).toBe(folder);
    expect(id.startsWith(`${folder}_`)).toBe(true);
    expect(existsSync(join(root, 'checks', 'aws', folder, `${id}.test.ts`))).toBe(true);
  });

  it.each(allChecks.map((c) => [c.id, c] as const))('%s: Prowler ID, severity, resource type and categories', (id, check) => {
    const prowler = reference.get(id);
    expect(prowler, `${id} is not a Prowler AWS check`).toBeDefined();
    expect(check.service).toBe(prowler!.service);
    expect(check.severity).toBe(prowler!.severity);
    expect(check.resourceType).toBe(prowler!.resourceType);
    expect([...check.categories].sort()).toEqual([...prowler!.categories].sort());
  });

  it.each(allChecks.map((c) => [c.id, c] as const))('%s: complete metadata and known services', (_id, check) => {
    for (const text of [check.title, check.description, check.risk, check.remediation.text]) expect(text.trim()).not.toBe('');
    expect(check.uses.length).toBeGreaterThan(0);
    for (const service of check.uses) expect(isServiceName(service)).toBe(true);
  });
});
