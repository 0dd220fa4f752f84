import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The npm package: `npx aws-posture-scanner`; the command it installs is `scanner`. */
export const PACKAGE_NAME = 'aws-posture-scanner';

/**
 * The version in package.json. Found by walking up from this module, because it runs both from
 * src/ (tests) and from dist/src/ (the built CLI).
 */
function readVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && pkg.version) return pkg.version;
    }
    const parent = dirname(dir);
    if (parent === dir) return '0.0.0';
    dir = parent;
  }
}

export const SCANNER_VERSION = readVersion();
