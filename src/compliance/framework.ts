import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PACKAGE_ROOT } from '../version.js';

/** Where the framework files live: one `<name>.json` per framework, Prowler's name for it. */
export const FRAMEWORKS_DIRECTORY = join(PACKAGE_ROOT, 'compliance', 'aws');

/**
 * A requirement's facts as the framework states them (section, profile, control IDs): the keys are
 * Prowler's attribute names, because its compliance CSVs name their columns after them.
 */
const AttributesSchema = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]));

/**
 * A requirement that holds only if a check ran with a configuration at least this strict: CIS asks
 * for credentials unused for 45 days, so a scan that allows 120 cannot pass it.
 */
const ConfigRequirementSchema = z.object({
  check: z.string(),
  key: z.string(),
  operator: z.enum(['lte', 'gte', 'eq', 'in', 'subset', 'superset']),
  value: z.unknown(),
});

const RequirementSchema = z.object({
  id: z.string().min(1),
  /** The standard's own short name of the control, where it has one. */
  name: z.string().optional(),
  /** One line in our words; frameworks not yet titled show IDs, sections and their checks' titles. */
  title: z.string().min(1).optional(),
  /** Empty: nothing automated can evidence it, a person has to. */
  checks: z.array(z.string()),
  /**
   * Checks Prowler's framework file names but Prowler 5.40 no longer has (renamed or removed):
   * kept for the record, judged by nothing.
   */
  retiredChecks: z.array(z.string()).optional(),
  attributes: z.array(AttributesSchema),
  configRequirements: z.array(ConfigRequirementSchema).optional(),
  /** MITRE ATT&CK only: the tactics a technique serves (its sections), and the technique's facts. */
  tactics: z.array(z.string()).optional(),
  subTechniques: z.array(z.string()).optional(),
  platforms: z.array(z.string()).optional(),
  techniqueUrl: z.string().optional(),
});

const FrameworkSchema = z.object({
  name: z.string().regex(/^[a-z0-9_.-]+_aws$/),
  framework: z.string().min(1),
  version: z.string(),
  title: z.string().min(1),
  description: z.string().min(1),
  requirements: z.array(RequirementSchema).min(1),
});

export type ComplianceFramework = z.infer<typeof FrameworkSchema>;
export type Requirement = z.infer<typeof RequirementSchema>;
export type ConfigRequirement = z.infer<typeof ConfigRequirementSchema>;

/** Prowler's key for a framework in findings' compliance maps: `CIS-6.0`, or `GDPR` unversioned. */
export function frameworkKey(framework: Pick<ComplianceFramework, 'framework' | 'version'>): string {
  return framework.version ? `${framework.framework}-${framework.version}` : framework.framework;
}

/** The section a requirement sits in, outermost first; frameworks name their levels differently. */
export function sectionPath(requirement: Requirement): string[] {
  const facts = requirement.attributes[0] ?? {};
  const text = (key: string): string | undefined => {
    const value = facts[key];
    return typeof value === 'string' && value ? value : undefined;
  };
  const section = text('Section') ?? text('Category') ?? text('Marco') ?? text('FamilyName') ?? requirement.tactics?.[0];
  const subsection = text('SubSection') ?? text('Subsection') ?? text('SubGroup') ?? text('Categoria') ?? text('Objetive_Name');
  return [section, subsection].filter((part): part is string => part !== undefined);
}

/** CIS's Level 1 / Level 2, where the framework has profiles. */
export function profileOf(requirement: Requirement): string | undefined {
  const profile = requirement.attributes[0]?.['Profile'];
  return typeof profile === 'string' ? profile : undefined;
}

/** Whether every requirement of the framework has a title of ours. */
export function isTitled(framework: ComplianceFramework): boolean {
  return framework.requirements.every((requirement) => requirement.title !== undefined);
}

let loaded: readonly ComplianceFramework[] | undefined;

/**
 * Every framework, sorted by name, read and validated once. A malformed file is a broken install,
 * so it throws naming the file.
 */
export function loadFrameworks(): readonly ComplianceFramework[] {
  loaded ??= readdirSync(FRAMEWORKS_DIRECTORY)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = FrameworkSchema.safeParse(JSON.parse(readFileSync(join(FRAMEWORKS_DIRECTORY, file), 'utf8')));
      if (!parsed.success) throw new Error(`compliance/aws/${file} is malformed: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
  return loaded;
}

let byCheck: ReadonlyMap<string, Readonly<Record<string, string[]>>> | undefined;

/** The requirements that map a check, as Prowler's per-finding map: `{ 'CIS-6.0': ['2.3'], ... }`. */
export function complianceOfCheck(checkId: string): Readonly<Record<string, string[]>> {
  byCheck ??= requirementsByCheck(loadFrameworks());
  return byCheck.get(checkId) ?? {};
}

/** For each check, the requirements that map it, as Prowler's per-finding compliance map. */
export function requirementsByCheck(frameworks: readonly ComplianceFramework[]): ReadonlyMap<string, Readonly<Record<string, string[]>>> {
  const byCheck = new Map<string, Record<string, string[]>>();
  for (const framework of frameworks) {
    const key = frameworkKey(framework);
    for (const requirement of framework.requirements) {
      for (const check of requirement.checks) {
        const map = byCheck.get(check) ?? {};
        byCheck.set(check, map);
        (map[key] ??= []).push(requirement.id);
      }
    }
  }
  return byCheck;
}
