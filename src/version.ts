import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The npm package: `npx aws-posture-scanner`; the command it installs is `scanner`. */
export const PACKAGE_NAME = 'aws-posture-scanner';

interface PackageFound {
  root: string;
  version: string;
}

/**
 * The folder of our package.json and the version in it. Found by walking up from this module,
 * because it runs both from src/ (tests) and from dist/src/ (the built CLI).
 */
function findPackage(): PackageFound {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && pkg.version) return { root: dir, version: pkg.version };
    }
    const parent = dirname(dir);
    if (parent === dir) return { root: join(dirname(fileURLToPath(import.meta.url)), '..'), version: '0.0.0' };
    dir = parent;
  }
}

const found = findPackage();

export const SCANNER_VERSION = found.version;

/** Where the package's data folders (compliance/) are, installed or in a clone. */
export const PACKAGE_ROOT = found.root;
