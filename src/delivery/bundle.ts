import { copyFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { create } from 'tar';

/**
 * Packs `files` into `<directory>/<name>.tar.gz` as `<name>/<file name>`, so that unpacking it
 * gives one folder named after the scan. The files are staged by copy (links need privileges on
 * Windows) inside `directory`, which should be a fresh temporary one, removed by the caller.
 */
export async function createBundle(files: readonly string[], name: string, directory: string): Promise<string> {
  const staging = join(directory, name);
  await mkdir(staging);
  await Promise.all(files.map((file) => copyFile(file, join(staging, basename(file)))));
  const bundle = join(directory, `${name}.tar.gz`);
  // portable: no user names, uids or inode numbers of the consultant's machine in the customer's bundle.
  await create({ gzip: true, file: bundle, cwd: directory, portable: true }, [name]);
  return bundle;
}
