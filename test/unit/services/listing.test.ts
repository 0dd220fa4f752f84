import { describe, expect, it } from 'vitest';
import { RESOURCES_READ_AT_ONCE, readEach } from '../../../src/services/listing.js';

/** A read per item that stays open until the test lets it answer, counting how many are open. */
function heldReads() {
  const waiting: (() => void)[] = [];
  const started: number[] = [];
  let open = 0;
  let mostOpen = 0;
  const read = async (item: number, index: number): Promise<string> => {
    started.push(item);
    open++;
    mostOpen = Math.max(mostOpen, open);
    await new Promise<void>((answer) => waiting.push(answer));
    open--;
    if (item < 0) throw new Error(`read ${item} failed`);
    return `item ${item} at ${index}`;
  };
  const answerAll = async () => {
    while (waiting.length > 0) {
      for (const answer of waiting.splice(0)) answer();
      await new Promise((settle) => setImmediate(settle));
    }
  };
  return { read, started, answerAll, mostOpen: () => mostOpen };
}

describe('readEach', () => {
  it('starts at most RESOURCES_READ_AT_ONCE reads, the first items first, and returns every result in order', async () => {
    const items = Array.from({ length: 100 }, (_, index) => index);
    const reads = heldReads();
    const all = readEach(items, reads.read);
    await new Promise((settle) => setImmediate(settle));

    expect(reads.started).toEqual(items.slice(0, RESOURCES_READ_AT_ONCE));
    await reads.answerAll();
    expect(await all).toEqual(items.map((item) => `item ${item} at ${item}`));
    expect(reads.mostOpen()).toBe(RESOURCES_READ_AT_ONCE);
  });

  it('starts no further read after one throws, and throws that error once the open reads settle', async () => {
    const items = [1, -2, ...Array.from({ length: 60 }, (_, index) => index + 3)];
    const reads = heldReads();
    const all = readEach(items, reads.read);
    const outcome = all.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await reads.answerAll();

    expect(await outcome).toBe('read -2 failed');
    // The reads open when the failure came finish; none of the later items is started.
    expect(reads.started.length).toBeLessThan(items.length);
    expect(reads.started.length).toBeGreaterThanOrEqual(RESOURCES_READ_AT_ONCE);
  });

  it('reads nothing and returns nothing for no items', async () => {
    const reads = heldReads();
    expect(await readEach([], reads.read)).toEqual([]);
    expect(reads.started).toEqual([]);
  });
});
