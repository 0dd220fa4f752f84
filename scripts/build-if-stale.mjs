#!/usr/bin/env node
// `npm run demo` and the benches start with this: `npm run build` only when something the build
// reads is newer than what it wrote, so that a demo right after `npm ci` (which builds) starts at once.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What `npm run build` reads: sources, generated data, and the files that configure the build. */
const BUILD_INPUTS = ['src', 'checks', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
/** Written by every build: tsc's output, the SDK clients' bundles, Vite's report template and the runner's bundled trigger. */
const BUILD_OUTPUTS = [
  'dist/src/cli/main.js',
  'dist/sdk/client-ec2.js',
  'dist/scripts/demo.js',
  'dist/src/output/html/template.html',
  'dist/src/runner/trigger-handler.cjs',
];

/** The newest time of the files under `path` (a folder's own time says only that an entry came or went). */
function newestModification(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestModification(join(path, entry))));
}

/** Why the build in `root` must run again, or undefined when it is up to date. */
export function staleBuildReason(root) {
  const missing = BUILD_OUTPUTS.find((output) => !existsSync(join(root, output)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...BUILD_OUTPUTS.map((output) => statSync(join(root, output)).mtimeMs));
  const changed = BUILD_INPUTS.find((input) => existsSync(join(root, input)) && newestModification(join(root, input)) > built);
  return changed && `${changed} changed since the last build`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const reason = staleBuildReason(root);
  if (reason) {
    console.log(`Building: ${reason}.`);
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    process.exit(build.status ?? 1);
  }
  console.log('The build is up to date.');
}
