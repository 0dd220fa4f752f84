import type { CheckMetadata } from '../checks/check.js';
import { isTitled, profileOf, sectionPath, type ComplianceFramework } from './framework.js';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * `--list-compliance`: each framework with its requirement count, the share that checks evidence
 * (and, of those checks, the share scanner has), and its title.
 */
export function renderComplianceList(frameworks: readonly ComplianceFramework[], checks: readonly CheckMetadata[]): string {
  const known = new Set(checks.map((check) => check.id));
  const nameWidth = Math.max(9, ...frameworks.map((framework) => framework.name.length));
  const row = (name: string, requirements: string, automated: string, title: string) =>
    `${name.padEnd(nameWidth)}  ${requirements.padStart(12)}  ${automated.padStart(9)}  ${title}`;
  const untitled = frameworks.filter((framework) => !isTitled(framework));
  return [
    row('FRAMEWORK', 'REQUIREMENTS', 'AUTOMATED', 'TITLE'),
    ...frameworks.map((framework) => {
      const automated = framework.requirements.filter(
        (requirement) => requirement.checks.length > 0 && requirement.checks.every((check) => known.has(check)),
      ).length;
      const note = isTitled(framework) ? '' : ' (requirements not titled yet: shown by ID, section and checks)';
      return row(framework.name, String(framework.requirements.length), percent(automated / framework.requirements.length), `${framework.title}${note}`);
    }),
    '',
    `${frameworks.length} frameworks. AUTOMATED: requirements whose every mapped check scanner has; the rest need a person.`,
    ...(untitled.length > 0 ? [`${untitled.length} framework(s) have requirements without titles yet.`] : []),
    '',
  ].join('\n');
}

/** `--list-compliance-requirements <framework>`: each requirement, its section, profile and checks. */
export function renderRequirementList(framework: ComplianceFramework, checks: readonly CheckMetadata[]): string {
  const titles = new Map(checks.map((check) => [check.id, check.title]));
  const lines = [`${framework.title} (${framework.name}): ${framework.requirements.length} requirements`, framework.description, ''];
  let section = '';
  for (const requirement of framework.requirements) {
    const path = sectionPath(requirement).join(' > ');
    if (path && path !== section) lines.push(`${path}`);
    section = path;
    const profile = profileOf(requirement);
    lines.push(`  ${requirement.id}${profile ? ` [${profile}]` : ''}  ${requirement.title ?? requirement.name ?? ''}`);
    if (requirement.checks.length === 0) lines.push('      manual: no automated check');
    for (const check of requirement.checks) lines.push(`      ${check}${titles.has(check) ? `  ${titles.get(check)}` : '  (not in scanner yet)'}`);
  }
  lines.push('');
  return lines.join('\n');
}
