import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkModules } from '../../../checks/index.js';
import { checkFiles, renderAll } from '../../../scripts/generate.mjs';
import { checkCatalog } from '../../../src/checks/catalog.js';
import { AWS_CONFIG_KEYS } from '../../../src/config/aws-config.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const files = checkFiles();

/** The first five columns of a reference table: Prowler's facts, as shared/ publishes them. */
const facts = (path: string) =>
  readFileSync(path, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => line.split('\t').slice(0, 5).join('\t'));

describe('checks stay in step with their files, catalog, index and Prowler', () => {
  it.each(Object.entries(renderAll()))('%s is up to date (run `npm run generate` if not)', (path, content) => {
    expect(readFileSync(join(root, path), 'utf8')).toBe(content);
  });

  it("the reference table holds Prowler's facts as shared/ publishes them", () => {
    const shared = join(root, '..', 'shared', 'reference', 'prowler-aws-checks.tsv');
    if (!existsSync(shared)) return;
    expect(facts(join(root, 'scripts', 'reference', 'prowler-aws-checks.tsv'))).toEqual(facts(shared));
  });

  it('the catalog lists exactly the check files', () => {
    expect(checkCatalog.map((check) => check.id)).toEqual(files.map((file) => file.id));
  });

  it.each(files)('$service/$id: named after its ID, in its service folder, with prose and a case table', async ({ service, id }) => {
    const { default: logic } = await checkModules[id]!();
    expect(logic.id).toBe(id);
    expect(id.startsWith(`${service}_`)).toBe(true);
    expect(Object.keys(logic.uses).length).toBeGreaterThan(0);
    for (const key of logic.config ?? []) expect(Object.keys(AWS_CONFIG_KEYS)).toContain(key);
    expect(existsSync(join(root, 'checks', 'aws', service, `${id}.yaml`))).toBe(true);
    expect(existsSync(join(root, 'checks', 'aws', service, `${id}.test.ts`))).toBe(true);
  });
});
