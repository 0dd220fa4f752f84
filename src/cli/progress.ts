import type { RunProgress } from '../checks/runner.js';

export interface ScanProgress extends RunProgress {
  /** Called every second while services load, with the API calls made so far. */
  apiCalls(count: number): void;
}

/**
 * One self-rewriting status line on stderr while a person watches; nothing at all in pipelines,
 * where it would only clutter logs.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ScanProgress | undefined {
  if (!stream.isTTY) return undefined;
  let servicesDone = '';
  const show = (text: string, last = false) => stream.write(`\r\x1b[2K${text}${last ? '\n' : ''}`);
  return {
    apiCalls: (count) => show(`Reading the account: ${count} API calls${servicesDone}`),
    serviceLoaded: (name, done, total) => {
      servicesDone = `, services ${done}/${total} read (last: ${name})`;
      show(`Reading the account${servicesDone}`, done === total);
    },
    checkDone: (id, done, total) => show(`Running checks ${done}/${total} ${done === total ? '' : id}`, done === total),
  };
}
