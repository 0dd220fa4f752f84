import { setFlagsFromString } from 'node:v8';

/**
 * Keeps V8's heap close to what the scan holds, for some CPU (README, Performance).
 *
 * The old generation grows only a fifth past what was live after its last full collection. Left to
 * itself, V8 grows it up to four times that while memory is free, and a scan allocates fast: every
 * page of every listing is parsed, validated, and then mostly dropped. On a tenth of the large
 * benchmark account, a scan holding about 150 MB then peaked at 512 MB resident; at a fifth it
 * peaks at 289 MB, for a few percent more CPU. Node takes this flag on its command line only, not
 * in NODE_OPTIONS. V8 reads it at each collection, so setting it once the process runs takes effect.
 *
 * The young generation stays at its first size instead of doubling up to 32 MB, which it does
 * within seconds of a scan and then keeps. On a third of the large account that is 335 MB peak
 * resident against 303 MB, for about a fifth more CPU there (none measurable on the practice
 * account): a scan of a real account waits on AWS's rates, not on the CPU. V8 reads the growth
 * factor each time it would grow the young generation; its maximum size, which NODE_OPTIONS could
 * set, is fixed before any code runs.
 */
export function keepHeapNearLive(): void {
  setFlagsFromString('--heap-growing-percent=20');
  setFlagsFromString('--semi-space-growth-factor=1');
}
