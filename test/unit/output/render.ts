import { Writable } from 'node:stream';
import type { Finding } from '../../../src/findings/finding.js';
import type { OutputWriter, ScanContext } from '../../../src/output/context.js';

/** A stream that keeps nothing but the length of every chunk written to it. */
export class ChunkCounter extends Writable {
  readonly lengths: number[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.lengths.push(chunk.length);
    done();
  }
}

/** What a writer wrote, as one string: for the small fixtures only. */
export async function render(write: OutputWriter, findings: readonly Finding[], context: ScanContext): Promise<string> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await write(findings, context, out);
  return Buffer.concat(chunks).toString('utf8');
}
