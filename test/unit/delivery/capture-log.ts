import { pino, type Logger } from 'pino';

export interface LogEntry {
  level: string;
  msg: string;
  [field: string]: unknown;
}

/** A real pino logger whose entries a test can read back, level names included. */
export function captureLog(): { log: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const log = pino(
    { level: 'debug', base: undefined, formatters: { level: (label) => ({ level: label }) } },
    { write: (line: string) => entries.push(JSON.parse(line) as LogEntry) },
  );
  return { log, entries };
}
