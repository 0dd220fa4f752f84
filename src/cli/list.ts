import type { Check } from '../checks/check.js';

/** `--list-checks`: one aligned line per check, for people. */
export function renderCheckList(checks: readonly Check[]): string {
  const idWidth = Math.max(8, ...checks.map((c) => c.id.length));
  const serviceWidth = Math.max(7, ...checks.map((c) => c.service.length));
  const row = (id: string, service: string, severity: string, title: string) =>
    `${id.padEnd(idWidth)}  ${service.padEnd(serviceWidth)}  ${severity.padEnd(13)}  ${title}`;
  return [
    row('CHECK ID', 'SERVICE', 'SEVERITY', 'TITLE'),
    ...checks.map((c) => row(c.id, c.service, c.severity, c.title)),
    `\n${checks.length} check${checks.length === 1 ? '' : 's'}`,
    '',
  ].join('\n');
}

/** `--list-checks-json`: the same facts for machines. */
export function renderCheckListJson(checks: readonly Check[]): string {
  const entries = checks.map((c) => ({
    id: c.id,
    service: c.service,
    severity: c.severity,
    title: c.title,
    resourceType: c.resourceType,
    categories: c.categories,
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** `--list-services`: each service that has checks, with how many. */
export function renderServiceList(checks: readonly Check[]): string {
  const counts = new Map<string, number>();
  for (const check of checks) counts.set(check.service, (counts.get(check.service) ?? 0) + 1);
  const services = [...counts.keys()].sort();
  const width = Math.max(7, ...services.map((s) => s.length));
  return [
    `${'SERVICE'.padEnd(width)}  CHECKS`,
    ...services.map((s) => `${s.padEnd(width)}  ${counts.get(s)}`),
    `\n${services.length} service${services.length === 1 ? '' : 's'}`,
    '',
  ].join('\n');
}
