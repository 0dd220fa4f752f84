import { pino, type Logger } from 'pino';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Logs go to stderr so stdout stays for the summary: JSON lines for machines, one readable line
 * per entry when a person is watching a terminal.
 */
export function createLogger(level: LogLevel, stream: NodeJS.WriteStream = process.stderr): Logger {
  // Through the stream object rather than its file descriptor, so that whoever holds the stream
  // (a test running the CLI in-process) sees the log too; stderr to a pipe or file is synchronous.
  if (!stream.isTTY) return pino({ level, base: undefined }, stream);
  return pino(
    { level, base: undefined, timestamp: false },
    {
      write(line: string) {
        const { level: numeric, msg, ...fields } = JSON.parse(line) as Record<string, unknown>;
        const label = pino.levels.labels[Number(numeric)] ?? 'log';
        const extra = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
        // Clears a progress line left open, so a log line never runs into it.
        stream.write(`\r\x1b[2K${label}: ${String(msg)}${extra}\n`);
      },
    },
  );
}

/** For library use and tests: a logger that drops everything. */
export const silentLogger: Logger = pino({ level: 'silent' });
