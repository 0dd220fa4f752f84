import type { AccountScope } from '../provider/provider.js';
import type { ServiceName, Services } from '../services/registry.js';
import type { Report } from './report.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STATUSES = ['PASS', 'FAIL', 'MANUAL', 'ERROR'] as const;
export type Status = (typeof STATUSES)[number];

export interface Remediation {
  /** What to do, in a sentence or two. */
  text: string;
  url?: string;
  cli?: string;
  terraform?: string;
  /** CloudFormation. */
  nativeIaC?: string;
  /** Console steps or anything else. */
  other?: string;
}

/** The facts about a check that outputs carry: Prowler's ID and severity, our own wording. */
export interface CheckMetadata {
  /** Prowler's check ID; also the file name. */
  id: string;
  /** The service the check belongs to: the folder under checks/aws/ and the ID's prefix. */
  service: string;
  title: string;
  severity: Severity;
  /** Security Hub resource type, as in Prowler (AwsEc2Instance, AwsS3Bucket, Other...). */
  resourceType: string;
  categories: string[];
  /** ASFF finding types, e.g. "Software and Configuration Checks/AWS Security Best Practices". */
  checkType: string[];
  description: string;
  risk: string;
  relatedUrl?: string;
  remediation: Remediation;
}

/** Scan-wide settings that change what checks report, with Prowler's defaults. */
export interface ScanOptions {
  /**
   * Also judge resources nobody uses (a default VPC without interfaces, an unattached security
   * group). Off by default, as in Prowler, where such findings are noise.
   */
  scanUnusedServices: boolean;
}

export const DEFAULT_SCAN_OPTIONS: ScanOptions = { scanUnusedServices: false };

/** What `run` receives: the services named in `uses`, loaded, the account and the scan options. */
export type CheckInput<Uses extends readonly ServiceName[]> = Pick<Services, Uses[number]> & {
  account: AccountScope;
  options: ScanOptions;
  /** IDs of every check in this scan, for checks that leave a case to another check when it runs. */
  checksInScan: ReadonlySet<string>;
};

export interface CheckDefinition<Uses extends readonly ServiceName[]> extends CheckMetadata {
  /** The services whose data `run` reads; the runner loads exactly these, once per scan. */
  uses: Uses;
  /**
   * Decides PASS/FAIL/MANUAL from already-loaded data: synchronous, no I/O. Iterate resources with
   * `report.from(map)`, so that whatever could not be read in that map is reported as ERROR.
   */
  run(input: CheckInput<Uses>, report: Report): void;
}

export type Check = CheckDefinition<readonly ServiceName[]>;

/** Declares a check; `uses` types `run`'s input, so a check can only read services it names. */
export function defineCheck<const Uses extends readonly ServiceName[]>(definition: CheckDefinition<Uses>): Check {
  return definition;
}
