#!/usr/bin/env node
// Part of `npm run build`: bundles the scan runner's trigger (src/runner/trigger.ts) into the one
// CommonJS file that `scanner aws runner-template` inlines into the template. CloudFormation writes
// inline code to index.js, which Lambda loads as CommonJS, and the function has only the runtime's
// AWS SDK: everything else it imports is bundled in.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

await build({
  entryPoints: [join(root, 'src/runner/trigger.ts')],
  outfile: join(root, 'dist/src/runner/trigger-handler.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['@aws-sdk/*'],
  // Minified, so that the whole template stays under the 51,200 bytes CloudFormation accepts as a
  // request body (`aws cloudformation deploy` without an S3 bucket); the source is in the package.
  minify: true,
  legalComments: 'none',
  banner: { js: `// The scan trigger of ${name} ${version}, bundled from its src/runner/trigger.ts.` },
  logLevel: 'warning',
});
