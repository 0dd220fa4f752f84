import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';

/**
 * Streams a file's content through `write` (which ends the stream) into `<path>.partial`, then
 * renames it into place, so a reader never sees half a file. On any failure the partial file is
 * removed and the error rethrown.
 */
export async function writeFileAtomically(path: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const partial = `${path}.partial`;
  const file = createWriteStream(partial);
  // A writer sees the file's errors through its pipeline, but not one raised before the pipeline
  // starts (the open) or after it ends (the close): keep the first, and never leave 'error' unheard.
  let fileError: Error | undefined;
  file.on('error', (error) => (fileError ??= error));
  const closed = new Promise<void>((resolve) => file.once('close', () => resolve()));
  try {
    await write(file);
    await closed;
    if (fileError) throw fileError;
    await rename(partial, path);
  } catch (error) {
    file.destroy();
    // Windows cannot remove a file that is still open.
    await closed;
    await rm(partial, { force: true });
    throw fileError ?? error;
  }
}
