import type { Finding } from '../findings/finding.js';
import { neutraliseFormula } from '../output/csv.js';
import type { FrameworkAssessment } from './assess.js';
import type { ComplianceFramework, Requirement } from './framework.js';

/** What one row is about: a finding of a mapped check, or a requirement that needs a person. */
interface Row {
  framework: ComplianceFramework;
  requirement: Requirement;
  /** The requirement fact this row carries: Prowler writes one row per attribute set. */
  facts: Readonly<Record<string, string | number | readonly string[]>>;
  finding?: Finding;
  /** Set when the scan's configuration is too lenient for this requirement and check. */
  configViolation?: string;
  assessmentDate: string;
}

type Cell = (row: Row) => string;

const fact =
  (key: string): Cell =>
  ({ facts }) => {
    const value = facts[key];
    if (value === undefined) return '';
    return Array.isArray(value) ? value.join(', ') : String(value);
  };

/**
 * The standard's own prose (rationale, audit procedure, ...) is not ours to ship: those columns stay
 * in place, empty, so tools that read them by name keep working.
 */
const prose: Cell = () => '';
/** Our one-line title where Prowler has the requirement's description. */
const title: Cell = ({ requirement }) => requirement.title ?? '';
const name: Cell = ({ requirement }) => requirement.name ?? requirement.title ?? '';

const COMMON_START: Record<string, Cell> = {
  PROVIDER: () => 'aws',
  DESCRIPTION: ({ framework }) => framework.description,
  ACCOUNTID: ({ finding }) => finding?.accountId ?? '',
  REGION: ({ finding }) => finding?.region ?? '',
  ASSESSMENTDATE: ({ assessmentDate }) => assessmentDate,
  REQUIREMENTS_ID: ({ requirement }) => requirement.id,
};

const status: Cell = ({ finding, configViolation }) => (!finding ? 'MANUAL' : configViolation ? 'FAIL' : finding.status);
const statusExtended: Cell = ({ finding, configViolation }) =>
  !finding ? 'Manual check' : configViolation ? `${configViolation}. ${finding.statusExtended}` : finding.statusExtended;
const resourceId: Cell = ({ finding }) => finding?.resource.arn ?? 'manual_check';
const resourceName: Cell = ({ finding }) => (finding ? finding.resource.id : 'Manual check');
const checkId: Cell = ({ finding }) => finding?.check.id ?? 'manual';
const muted: Cell = ({ finding }) => (finding?.muted ? 'True' : 'False');

/** The finding's columns; Prowler's shapes put the resource name in one of two places. */
const FINDING_NAME_FIRST: Record<string, Cell> = {
  STATUS: status,
  STATUSEXTENDED: statusExtended,
  RESOURCEID: resourceId,
  RESOURCENAME: resourceName,
  CHECKID: checkId,
  MUTED: muted,
};
const FINDING_CHECK_FIRST: Record<string, Cell> = {
  STATUS: status,
  STATUSEXTENDED: statusExtended,
  RESOURCEID: resourceId,
  CHECKID: checkId,
  MUTED: muted,
  RESOURCENAME: resourceName,
};
const FRAMEWORK_COLUMNS: Record<string, Cell> = {
  FRAMEWORK: ({ framework }) => framework.framework,
  NAME: ({ framework }) => framework.title,
};

/** Prowler's column sets, in its order; each framework uses one, chosen by its name as Prowler does. */
const SHAPES = {
  cis: {
    ...COMMON_START,
    REQUIREMENTS_DESCRIPTION: title,
    REQUIREMENTS_ATTRIBUTES_SECTION: fact('Section'),
    REQUIREMENTS_ATTRIBUTES_SUBSECTION: fact('SubSection'),
    REQUIREMENTS_ATTRIBUTES_PROFILE: fact('Profile'),
    REQUIREMENTS_ATTRIBUTES_ASSESSMENTSTATUS: fact('AssessmentStatus'),
    REQUIREMENTS_ATTRIBUTES_DESCRIPTION: prose,
    REQUIREMENTS_ATTRIBUTES_RATIONALESTATEMENT: prose,
    REQUIREMENTS_ATTRIBUTES_IMPACTSTATEMENT: prose,
    REQUIREMENTS_ATTRIBUTES_REMEDIATIONPROCEDURE: prose,
    REQUIREMENTS_ATTRIBUTES_AUDITPROCEDURE: prose,
    REQUIREMENTS_ATTRIBUTES_ADDITIONALINFORMATION: prose,
    REQUIREMENTS_ATTRIBUTES_DEFAULTVALUE: prose,
    REQUIREMENTS_ATTRIBUTES_REFERENCES: prose,
    ...FINDING_NAME_FIRST,
    ...FRAMEWORK_COLUMNS,
  },
  asdEssentialEight: {
    ...COMMON_START,
    REQUIREMENTS_DESCRIPTION: title,
    REQUIREMENTS_ATTRIBUTES_SECTION: fact('Section'),
    REQUIREMENTS_ATTRIBUTES_MATURITYLEVEL: fact('MaturityLevel'),
    REQUIREMENTS_ATTRIBUTES_ASSESSMENTSTATUS: fact('AssessmentStatus'),
    REQUIREMENTS_ATTRIBUTES_CLOUDAPPLICABILITY: fact('CloudApplicability'),
    REQUIREMENTS_ATTRIBUTES_MITIGATEDTHREATS: prose,
    REQUIREMENTS_ATTRIBUTES_DESCRIPTION: prose,
    REQUIREMENTS_ATTRIBUTES_RATIONALESTATEMENT: prose,
    REQUIREMENTS_ATTRIBUTES_IMPACTSTATEMENT: prose,
    REQUIREMENTS_ATTRIBUTES_REMEDIATIONPROCEDURE: prose,
    REQUIREMENTS_ATTRIBUTES_AUDITPROCEDURE: prose,
    REQUIREMENTS_ATTRIBUTES_ADDITIONALINFORMATION: prose,
    REQUIREMENTS_ATTRIBUTES_REFERENCES: prose,
    ...FINDING_NAME_FIRST,
    ...FRAMEWORK_COLUMNS,
  },
  mitreAttack: {
    ...COMMON_START,
    REQUIREMENTS_NAME: name,
    REQUIREMENTS_DESCRIPTION: title,
    REQUIREMENTS_TACTICS: ({ requirement }) => (requirement.tactics ?? []).join(' | '),
    REQUIREMENTS_SUBTECHNIQUES: ({ requirement }) => (requirement.subTechniques ?? []).join(' | '),
    REQUIREMENTS_PLATFORMS: ({ requirement }) => (requirement.platforms ?? []).join(' | '),
    REQUIREMENTS_TECHNIQUEURL: ({ requirement }) => requirement.techniqueUrl ?? '',
    REQUIREMENTS_ATTRIBUTES_SERVICES: ({ requirement }) => requirement.attributes.map((facts) => String(facts['AWSService'] ?? '')).join(', '),
    REQUIREMENTS_ATTRIBUTES_CATEGORIES: ({ requirement }) => requirement.attributes.map((facts) => String(facts['Category'] ?? '')).join(', '),
    REQUIREMENTS_ATTRIBUTES_VALUES: ({ requirement }) => requirement.attributes.map((facts) => String(facts['Value'] ?? '')).join(', '),
    REQUIREMENTS_ATTRIBUTES_COMMENTS: prose,
    ...FINDING_CHECK_FIRST,
    ...FRAMEWORK_COLUMNS,
  },
  ens: {
    ...COMMON_START,
    REQUIREMENTS_DESCRIPTION: title,
    REQUIREMENTS_ATTRIBUTES_IDGRUPOCONTROL: fact('IdGrupoControl'),
    REQUIREMENTS_ATTRIBUTES_MARCO: fact('Marco'),
    REQUIREMENTS_ATTRIBUTES_CATEGORIA: fact('Categoria'),
    REQUIREMENTS_ATTRIBUTES_DESCRIPCIONCONTROL: prose,
    REQUIREMENTS_ATTRIBUTES_NIVEL: fact('Nivel'),
    REQUIREMENTS_ATTRIBUTES_TIPO: fact('Tipo'),
    REQUIREMENTS_ATTRIBUTES_DIMENSIONES: fact('Dimensiones'),
    REQUIREMENTS_ATTRIBUTES_MODOEJECUCION: fact('ModoEjecucion'),
    REQUIREMENTS_ATTRIBUTES_DEPENDENCIAS: fact('Dependencias'),
    ...FINDING_CHECK_FIRST,
    ...FRAMEWORK_COLUMNS,
  },
  wellArchitected: {
    ...COMMON_START,
    REQUIREMENTS_DESCRIPTION: title,
    REQUIREMENTS_ATTRIBUTES_NAME: fact('Name'),
    REQUIREMENTS_ATTRIBUTES_WELLARCHITECTEDQUESTIONID: fact('WellArchitectedQuestionId'),
    REQUIREMENTS_ATTRIBUTES_WELLARCHITECTEDPRACTICEID: fact('WellArchitectedPracticeId'),
    REQUIREMENTS_ATTRIBUTES_SECTION: fact('Section'),
    REQUIREMENTS_ATTRIBUTES_SUBSECTION: fact('SubSection'),
    REQUIREMENTS_ATTRIBUTES_LEVELOFRISK: fact('LevelOfRisk'),
    REQUIREMENTS_ATTRIBUTES_ASSESSMENTMETHOD: fact('AssessmentMethod'),
    REQUIREMENTS_ATTRIBUTES_DESCRIPTION: prose,
    REQUIREMENTS_ATTRIBUTES_IMPLEMENTATIONGUIDANCEURL: fact('ImplementationGuidanceUrl'),
    ...FINDING_CHECK_FIRST,
    ...FRAMEWORK_COLUMNS,
  },
  iso27001: {
    ...COMMON_START,
    REQUIREMENTS_NAME: name,
    REQUIREMENTS_DESCRIPTION: title,
    REQUIREMENTS_ATTRIBUTES_CATEGORY: fact('Category'),
    REQUIREMENTS_ATTRIBUTES_OBJETIVE_ID: fact('Objetive_ID'),
    REQUIREMENTS_ATTRIBUTES_OBJETIVE_NAME: fact('Objetive_Name'),
    REQUIREMENTS_ATTRIBUTES_CHECK_SUMMARY: prose,
    ...FINDING_CHECK_FIRST,
    ...FRAMEWORK_COLUMNS,
  },
  kisaIsmsP: {
    ...COMMON_START,
    REQUIREMENTS_NAME: name,
    REQUIREMENTS_DESCRIPTION: title,
    REQUIREMENTS_ATTRIBUTES_DOMAIN: fact('Domain'),
    REQUIREMENTS_ATTRIBUTES_SUBDOMAIN: fact('Subdomain'),
    REQUIREMENTS_ATTRIBUTES_SECTION: fact('Section'),
    REQUIREMENTS_ATTRIBUTES_AUDITCHECKLIST: prose,
    REQUIREMENTS_ATTRIBUTES_RELATEDREGULATIONS: prose,
    REQUIREMENTS_ATTRIBUTES_AUDITEVIDENCE: prose,
    REQUIREMENTS_ATTRIBUTES_NONCOMPLIANCECASES: prose,
    ...FINDING_NAME_FIRST,
    ...FRAMEWORK_COLUMNS,
  },
  threatScore: {
    ...COMMON_START,
    REQUIREMENTS_DESCRIPTION: title,
    REQUIREMENTS_ATTRIBUTES_TITLE: title,
    REQUIREMENTS_ATTRIBUTES_SECTION: fact('Section'),
    REQUIREMENTS_ATTRIBUTES_SUBSECTION: fact('SubSection'),
    REQUIREMENTS_ATTRIBUTES_ATTRIBUTEDESCRIPTION: prose,
    REQUIREMENTS_ATTRIBUTES_ADDITIONALINFORMATION: prose,
    REQUIREMENTS_ATTRIBUTES_LEVELOFRISK: fact('LevelOfRisk'),
    REQUIREMENTS_ATTRIBUTES_WEIGHT: fact('Weight'),
    ...FINDING_NAME_FIRST,
    ...FRAMEWORK_COLUMNS,
  },
  // Prowler's CCC rows carry no framework columns.
  ccc: {
    ...COMMON_START,
    REQUIREMENTS_DESCRIPTION: title,
    REQUIREMENTS_ATTRIBUTES_FAMILYNAME: fact('FamilyName'),
    REQUIREMENTS_ATTRIBUTES_FAMILYDESCRIPTION: prose,
    REQUIREMENTS_ATTRIBUTES_SECTION: fact('Section'),
    REQUIREMENTS_ATTRIBUTES_SUBSECTION: fact('SubSection'),
    REQUIREMENTS_ATTRIBUTES_SUBSECTIONOBJECTIVE: prose,
    REQUIREMENTS_ATTRIBUTES_APPLICABILITY: fact('Applicability'),
    REQUIREMENTS_ATTRIBUTES_RECOMMENDATION: prose,
    REQUIREMENTS_ATTRIBUTES_SECTIONTHREATMAPPINGS: prose,
    REQUIREMENTS_ATTRIBUTES_SECTIONGUIDELINEMAPPINGS: prose,
    ...FINDING_NAME_FIRST,
  },
  c5: {
    ...COMMON_START,
    REQUIREMENTS_DESCRIPTION: title,
    REQUIREMENTS_ATTRIBUTES_SECTION: fact('Section'),
    REQUIREMENTS_ATTRIBUTES_SUBSECTION: fact('SubSection'),
    REQUIREMENTS_ATTRIBUTES_TYPE: fact('Type'),
    REQUIREMENTS_ATTRIBUTES_ABOUTCRITERIA: prose,
    REQUIREMENTS_ATTRIBUTES_COMPLEMENTARYCRITERIA: prose,
    ...FINDING_NAME_FIRST,
    ...FRAMEWORK_COLUMNS,
  },
  generic: {
    ...COMMON_START,
    REQUIREMENTS_DESCRIPTION: title,
    REQUIREMENTS_ATTRIBUTES_SECTION: fact('Section'),
    REQUIREMENTS_ATTRIBUTES_SUBSECTION: fact('SubSection'),
    REQUIREMENTS_ATTRIBUTES_SUBGROUP: fact('SubGroup'),
    REQUIREMENTS_ATTRIBUTES_SERVICE: fact('Service'),
    REQUIREMENTS_ATTRIBUTES_TYPE: fact('Type'),
    ...FINDING_CHECK_FIRST,
    ...FRAMEWORK_COLUMNS,
    REQUIREMENTS_ATTRIBUTES_COMMENT: prose,
  },
} satisfies Record<string, Record<string, Cell>>;

type Shape = keyof typeof SHAPES;

/** The column set Prowler writes for a framework, decided by its name as Prowler decides it. */
export function shapeOf(frameworkName: string): Shape {
  if (frameworkName.startsWith('cis_')) return 'cis';
  if (frameworkName.startsWith('asd_essential_eight')) return 'asdEssentialEight';
  if (frameworkName === 'mitre_attack_aws') return 'mitreAttack';
  if (frameworkName.startsWith('ens_')) return 'ens';
  if (frameworkName.startsWith('aws_well_architected_framework')) return 'wellArchitected';
  if (frameworkName.startsWith('iso27001_')) return 'iso27001';
  if (frameworkName.startsWith('kisa')) return 'kisaIsmsP';
  if (frameworkName === 'prowler_threatscore_aws') return 'threatScore';
  if (frameworkName.startsWith('ccc_')) return 'ccc';
  if (frameworkName === 'c5_aws') return 'c5';
  return 'generic';
}

export function prowlerCsvColumns(frameworkName: string): string[] {
  return Object.keys(SHAPES[shapeOf(frameworkName)]);
}

/** Python's `str(datetime)`, which is how Prowler stamps ASSESSMENTDATE. */
export function pythonDateTime(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${iso.slice(20, 23)}000`;
}

/**
 * The records of one framework's Prowler CSV, in Prowler's order: the header; for each finding, a
 * row per requirement mapping its check (MITRE: one per requirement; others: one per attribute
 * set); then a MANUAL row for each requirement without checks. Fed one finding at a time, so that
 * every framework's file is written in one pass over the findings.
 */
export class ProwlerComplianceRecords {
  readonly header: string[];
  private readonly byCheck = new Map<string, FrameworkAssessment['requirements']>();
  private readonly cells: Cell[];
  private readonly assessmentDate: string;
  /** MITRE ATT&CK files have one row per requirement; the others one per attribute set. */
  private readonly oneRowPerRequirement: boolean;

  constructor(
    private readonly assessment: FrameworkAssessment,
    assessedAt: Date,
  ) {
    for (const assessed of assessment.requirements) {
      for (const check of new Set(assessed.requirement.checks)) this.byCheck.set(check, [...(this.byCheck.get(check) ?? []), assessed]);
    }
    this.header = prowlerCsvColumns(assessment.framework.name);
    this.cells = Object.values(SHAPES[shapeOf(assessment.framework.name)]);
    this.assessmentDate = pythonDateTime(assessedAt);
    this.oneRowPerRequirement = shapeOf(assessment.framework.name) === 'mitreAttack';
  }

  /** The rows of one finding: none when its check maps to no requirement of the framework. */
  *of(finding: Finding): Generator<string[]> {
    for (const { requirement, configViolations } of this.byCheck.get(finding.check.id) ?? []) {
      const configViolation = configViolations.find((violation) => violation.check === finding.check.id)?.message;
      for (const facts of this.factSets(requirement)) yield this.row({ requirement, facts, finding, ...(configViolation ? { configViolation } : {}) });
    }
  }

  /** The MANUAL rows, which come after every finding's. */
  *manual(): Generator<string[]> {
    for (const { requirement } of this.assessment.requirements) {
      // Prowler writes a manual row only where its file maps no check at all.
      if (requirement.checks.length > 0 || requirement.retiredChecks) continue;
      for (const facts of this.factSets(requirement)) yield this.row({ requirement, facts });
    }
  }

  private factSets(requirement: Requirement): Row['facts'][] {
    return this.oneRowPerRequirement ? [requirement.attributes[0] ?? {}] : requirement.attributes;
  }

  private row(about: Omit<Row, 'framework' | 'assessmentDate'>): string[] {
    const row: Row = { framework: this.assessment.framework, assessmentDate: this.assessmentDate, ...about };
    return this.cells.map((cell) => neutraliseFormula(cell(row)));
  }
}
