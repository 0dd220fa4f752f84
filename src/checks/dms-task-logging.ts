import type { ReplicationTask } from '../services/dms/dms.js';
import type { Listing } from '../services/resource-map.js';
import { verdict, fail, type Report } from './report.js';

/** The severities Prowler accepts as "logs enough": the default level and the two debug levels. */
const SUFFICIENT_SEVERITIES = new Set(['LOGGER_SEVERITY_DEFAULT', 'LOGGER_SEVERITY_DEBUG', 'LOGGER_SEVERITY_DETAILED_DEBUG']);

/** Which side of a replication task a logging check is about, and its two components (ID, words). */
export interface TaskLoggingSide {
  side: 'source' | 'target';
  components: readonly (readonly [id: string, words: string])[];
}

/**
 * The verdicts of a DMS task logging check: logging must be on, and each of the side's two
 * components must log at one of the sufficient severities.
 */
export function judgeTaskLogging(tasks: Listing<ReplicationTask>, report: Report, { side, components }: TaskLoggingSide): void {
  report.each(tasks, (task) => {
    const subject = `DMS replication task ${task.id}`;
    if (!task.loggingEnabled) return fail(`${subject} does not log ${side} events.`);
    const missing = components
      .filter(([id]) => !task.logComponents.some((component) => component.id === id && SUFFICIENT_SEVERITIES.has(component.severity)))
      .map(([, words]) => words);
    return verdict(
      missing.length === 0,
      `${subject} logs its ${side} events at a sufficient severity.`,
      `${subject} does not log ${missing.join(' and ')} events at a sufficient severity.`,
    );
  });
}
