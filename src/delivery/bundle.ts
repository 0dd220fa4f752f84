import { mkdir, symlink } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { create } from 'tar';

/**
 * Packs `files` into `<directory>/<name>.tar.gz` as `<name>/<file name>`, so that unpacking it
 * gives one folder named after the scan. The files are linked into a staging folder inside
 * `directory` rather than copied; `directory` should be a fresh temporary one, removed by the caller.
 */
export async function createBundle(files: readonly string[], name: string, directory: string): Promise<string> {
  const staging = join(directory, name);
  await mkdir(staging);
  await Promise.all(files.map((file) => symlink(resolve(file), join(staging, basename(file)))));
  const bundle = join(directory, `${name}.tar.gz`);
  // portable: no user names, uids or inode numbers of the consultant's machine in the customer's bundle.
  await create({ gzip: true, file: bundle, cwd: directory, follow: true, portable: true }, [name]);
  return bundle;
}
