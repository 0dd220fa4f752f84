import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCatalog } from '../../src/checks/catalog.js';
import { PACKAGE_NAME } from '../../src/version.js';
import { ROOT } from '../helpers/cli.js';

const run = promisify(execFile);
const readJson = <T>(file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as T;
const manifest = readJson<{ name: string; version: string; bin: Record<string, string>; allowScripts?: Record<string, boolean> }>('package.json');
const lock = readJson<{ packages: Record<string, { hasInstallScript?: boolean }> }>('package-lock.json');

/**
 * The package as a user gets it: packed from the built tree (`npm test` builds first), installed
 * into an empty project, its `scanner` command run from there. One pack and one install per run.
 */
describe('the npm package', () => {
  const work = mkdtempSync(join(tmpdir(), 'scanner-package-'));
  const project = join(work, 'project');
  const scanner = (...args: string[]) =>
    run(join(project, 'node_modules', '.bin', 'scanner'), args, { cwd: project, env: { PATH: process.env.PATH ?? '', HOME: work } });

  beforeAll(async () => {
    // The tree is built already; packing must not build it again.
    await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: ROOT });
    const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack wrote no tarball into ${work}`);
    // An empty project of its own, so that npm does not install into the repository above it.
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "private": true }\n');
    // --ignore-scripts: the tarball ships built code; its `prepare` is for building a clone.
    await run('npm', ['install', join(work, tarball), '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: project });
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is published under a name of its own, not the unrelated `scanner` package, and installs the `scanner` command', () => {
    expect(manifest.name).toBe(PACKAGE_NAME);
    expect(manifest.name).not.toBe('scanner');
    expect(Object.keys(manifest.bin)).toEqual(['scanner']);
  });

  it('decides on every install script in the lock file, so that `npm ci` warns of none', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.length).toBeGreaterThan(0);
    expect(withScripts.filter((name) => manifest.allowScripts?.[name] === undefined)).toEqual([]);
  });

  it('prints its own version when installed from the tarball', async () => {
    const { stdout } = await scanner('--version');
    expect(stdout.trim()).toBe(manifest.version);
  });

  it('lists its checks when installed from the tarball', async () => {
    const { stdout } = await scanner('aws', '--list-checks');
    for (const check of checkCatalog) expect(stdout).toMatch(new RegExp(`^${check.id}\\s`, 'm'));
  });
});
