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

/** A table of names with how many checks each has, for `--list-services` and `--list-categories`. */
function renderCheckCounts(heading: string, plural: string, namesPerCheck: readonly (readonly string[])[]): string {
  const counts = new Map<string, number>();
  for (const names of namesPerCheck) for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts.keys()].sort();
  const width = Math.max(heading.length, ...names.map((n) => n.length));
  return [
    `${heading.padEnd(width)}  CHECKS`,
    ...names.map((n) => `${n.padEnd(width)}  ${counts.get(n)}`),
    `\n${names.length} ${names.length === 1 ? heading.toLowerCase() : plural}`,
    '',
  ].join('\n');
}

/** `--list-services`: each service that has checks, with how many. */
export function renderServiceList(checks: readonly Check[]): string {
  return renderCheckCounts('SERVICE', 'services', checks.map((c) => [c.service]));
}

/** `--list-categories`: each category (internet-exposed, encryption...), with how many checks. */
export function renderCategoryList(checks: readonly Check[]): string {
  return renderCheckCounts('CATEGORY', 'categories', checks.map((c) => c.categories));
}
