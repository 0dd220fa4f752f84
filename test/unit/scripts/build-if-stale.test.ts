import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleBuildReason } from '../../../scripts/build-if-stale.mjs';
import { ROOT } from '../../helpers/cli.js';

const BUILT = new Date('2026-01-02T00:00:00Z');
const BEFORE = new Date('2026-01-01T00:00:00Z');
const AFTER = new Date('2026-01-03T00:00:00Z');

describe('staleBuildReason (npm run demo builds only when needed)', () => {
  let root: string;
  const file = (path: string, time: Date) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), time, time);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'scanner-build-'));
    file('src/cli/main.ts', BEFORE);
    file('checks/index.ts', BEFORE);
    file('package.json', BEFORE);
    for (const output of ['dist/src/cli/main.js', 'dist/sdk/client-ec2.js', 'dist/scripts/demo.js', 'dist/src/output/html/template.html', 'dist/src/runner/trigger-handler.cjs']) file(output, BUILT);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('skips the build right after one (as after npm ci)', () => {
    expect(staleBuildReason(root)).toBeUndefined();
  });

  it.each([
    ['a source file changed', () => utimesSync(join(root, 'src/cli/main.ts'), AFTER, AFTER), 'src changed since the last build'],
    ['a check was added', () => file('checks/aws/new.ts', AFTER), 'checks changed since the last build'],
    ['package.json changed', () => utimesSync(join(root, 'package.json'), AFTER, AFTER), 'package.json changed since the last build'],
    ['the report template was never built', () => rmSync(join(root, 'dist/src/output/html/template.html')), 'dist/src/output/html/template.html is missing'],
  ])('builds when %s', (_case, change, reason) => {
    change();
    expect(staleBuildReason(root)).toBe(reason);
  });

  it.each(['demo', 'bench', 'bench:report'])('is what `npm run %s` builds with', (script) => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts[script]).toMatch(/^node scripts\/build-if-stale\.mjs && node dist\/scripts\/[\w-]+\.js$/);
  });
});
