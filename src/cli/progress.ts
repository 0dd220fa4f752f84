import type { ScanProgress } from '../scan.js';

/**
 * One self-rewriting status line on stderr while a person watches; nothing at all in pipelines,
 * where it would only clutter logs.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ScanProgress | undefined {
  if (!stream.isTTY) return undefined;
  let collectionsRead = '';
  let lineOpen = false;
  const show = (text: string, last = false) => {
    stream.write(`\r\x1b[2K${text}${last ? '\n' : ''}`);
    lineOpen = !last;
  };
  return {
    reading: ({ calls, throttled, secondsLeft }) =>
      show(
        `Reading the account: ${calls} API calls, ${throttled} throttled${collectionsRead}${secondsLeft === undefined ? '' : `, about ${duration(secondsLeft)} left`}`,
      ),
    collectionLoaded: (service, name, loaded) => {
      collectionsRead = `, ${loaded} collection${loaded === 1 ? '' : 's'} read (last: ${service} ${name})`;
      show(`Reading the account${collectionsRead}`);
    },
    checkDone: (id, done, total) => show(`Running checks ${done}/${total} ${done === total ? '' : id}`, done === total),
    endLine: () => {
      if (lineOpen) stream.write('\n');
      lineOpen = false;
    },
  };
}

const duration = (seconds: number) => (seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`);
