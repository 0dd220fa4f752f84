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
    apiCalls: (count) => show(`Reading the account: ${count} API calls${collectionsRead}`),
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
