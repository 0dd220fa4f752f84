import { setFlagsFromString } from 'node:v8';

/**
 * Lets V8's heap grow only a fifth past what was live after its last full collection. Left to
 * itself, V8 grows the heap up to four times that while memory is free, and a scan allocates
 * fast: every page of every listing is parsed, validated, and then mostly dropped. On a tenth of
 * the large benchmark account, a scan holding about 150 MB then peaked at 512 MB resident; at a
 * fifth it peaks at 289 MB, for a few percent more CPU (README, Performance). Node takes this flag
 * on its command line only, not in NODE_OPTIONS. V8 reads it at each collection, so setting it
 * once the process runs takes effect.
 */
export function keepHeapNearLive(): void {
  setFlagsFromString('--heap-growing-percent=20');
}
