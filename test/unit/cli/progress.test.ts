import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../../../src/cli/progress.js';
import { estimateSecondsLeft } from '../../../src/scan.js';

const terminal = () => {
  const written: string[] = [];
  const stream = { isTTY: true, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
  return { stream, written };
};

describe('the progress line', () => {
  it('shows calls made, throttles and the time left on a terminal', () => {
    const { stream, written } = terminal();
    const progress = terminalProgress(stream)!;
    progress.reading({ calls: 12, throttled: 0 });
    progress.collectionLoaded('ec2', 'instances', 3);
    progress.reading({ calls: 4210, throttled: 7, secondsLeft: 150 });
    expect(written.map((line) => line.replace('\r\x1b[2K', ''))).toEqual([
      'Reading the account: 12 API calls, 0 throttled',
      'Reading the account, 3 collections read (last: ec2 instances)',
      'Reading the account: 4210 API calls, 7 throttled, 3 collections read (last: ec2 instances), about 3 min left',
    ]);
  });

  it('stays silent where no one watches', () => {
    expect(terminalProgress({ isTTY: false } as NodeJS.WriteStream)).toBeUndefined();
  });
});

describe('estimateSecondsLeft', () => {
  it.each([
    ['nothing to go by yet', 5, 0, 0, undefined],
    ['a quarter of the collections in 10 s', 10, 0.25, 0, 30],
    ['calls queued at a slow bucket outlast the collections estimate', 10, 0.5, 42.2, 43],
    ['every collection read', 10, 1, 0, 0],
  ])('%s', (_label, elapsed, fraction, queued, expected) => {
    expect(estimateSecondsLeft(elapsed, fraction, queued)).toBe(expected);
  });
});
