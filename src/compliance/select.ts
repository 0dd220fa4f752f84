import { UsageError } from '../errors.js';
import { closestName } from '../yaml/validate.js';
import type { FrameworkAssessment } from './assess.js';
import { profileOf, sectionPath, type ComplianceFramework, type Requirement } from './framework.js';

/**
 * The framework a user named, or a usage error that suggests one: `cis_6.0` is taken as
 * `cis_6.0_aws`, and a near miss (`cis_6.1_aws`) is named back.
 */
export function findFramework(frameworks: readonly ComplianceFramework[], name: string): ComplianceFramework {
  const exact = frameworks.find((framework) => framework.name === name || framework.name === `${name}_aws`);
  if (exact) return exact;
  const names = frameworks.map((framework) => framework.name);
  const suggestion = closestName(name, names) ?? closestName(`${name}_aws`, names) ?? names.find((known) => known.startsWith(name.toLowerCase()));
  throw new UsageError(
    `unknown compliance framework ${name}${suggestion ? ` (did you mean ${suggestion}?)` : ''}; see --list-compliance`,
  );
}

/** `--compliance`: the checks the named frameworks map that scanner has, in catalog order. */
export function checksOfFrameworks(frameworks: readonly ComplianceFramework[], knownChecks: readonly string[]): string[] {
  const mapped = new Set(frameworks.flatMap((framework) => framework.requirements.flatMap((requirement) => requirement.checks)));
  return knownChecks.filter((check) => mapped.has(check));
}

/** `--fail-on-compliance cis_6.0_aws:2` — a framework, and optionally one section or profile of it. */
export interface ComplianceGate {
  framework: ComplianceFramework;
  /** A section (`2`, `2.1`, or its full name) or a profile (`Level 1`); absent: the whole framework. */
  part?: string;
}

/**
 * Whether a requirement sits in `part`: a section named in full, a section numbered `part` (`2`
 * covers "2 Identity and Access Management" and "2.1 ..."), the requirement's own ID prefix, or
 * its profile.
 */
function isInPart(requirement: Requirement, part: string): boolean {
  const wanted = part.toLowerCase();
  const numbered = (text: string) => {
    const lower = text.toLowerCase();
    return lower === wanted || lower.startsWith(`${wanted} `) || lower.startsWith(`${wanted}.`) || lower.startsWith(`${wanted}:`);
  };
  return sectionPath(requirement).some(numbered) || numbered(requirement.id) || profileOf(requirement)?.toLowerCase() === wanted;
}

/** Parses `--fail-on-compliance` values, failing before the scan on a framework or part that does not exist. */
export function parseComplianceGates(frameworks: readonly ComplianceFramework[], specs: readonly string[]): ComplianceGate[] {
  return specs.map((spec) => {
    const separator = spec.indexOf(':');
    const name = separator < 0 ? spec : spec.slice(0, separator);
    const part = separator < 0 ? undefined : spec.slice(separator + 1).trim();
    const framework = findFramework(frameworks, name);
    if (part === undefined) return { framework };
    if (!part) throw new UsageError(`--fail-on-compliance ${spec}: name a section or profile after the colon, or leave the colon out`);
    if (!framework.requirements.some((requirement) => isInPart(requirement, part))) {
      const sections = [...new Set(framework.requirements.map((requirement) => sectionPath(requirement)[0]).filter(Boolean))];
      throw new UsageError(
        `--fail-on-compliance ${spec}: ${framework.name} has no section or profile ${part} (sections: ${sections.slice(0, 6).join('; ')}${sections.length > 6 ? '; ...' : ''})`,
      );
    }
    return { framework, part };
  });
}

export interface ComplianceGateFailure {
  gate: ComplianceGate;
  /** IDs of the gated requirements that FAIL. */
  failing: string[];
}

/** The gates with a failing requirement: any one makes the scan exit 3. */
export function evaluateComplianceGates(assessments: readonly FrameworkAssessment[], gates: readonly ComplianceGate[]): ComplianceGateFailure[] {
  return gates
    .map((gate) => {
      const assessment = assessments.find((candidate) => candidate.framework.name === gate.framework.name);
      const failing = (assessment?.requirements ?? [])
        .filter((assessed) => assessed.verdict === 'FAIL' && (gate.part === undefined || isInPart(assessed.requirement, gate.part)))
        .map((assessed) => assessed.requirement.id);
      return { gate, failing: [...new Set(failing)] };
    })
    .filter((outcome) => outcome.failing.length > 0);
}
