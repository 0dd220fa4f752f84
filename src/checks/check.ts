import type { AwsConfig, AwsConfigKey } from '../config/aws-config.js';
import type { AccountScope } from '../provider/provider.js';
import type { ResourceOf } from '../services/collection.js';
import type { ServiceCollections, ServiceName } from '../services/index.js';
import type { Listing } from '../services/resource-map.js';
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

/**
 * The facts about a check that outputs carry: Prowler's ID, severity, resource type, categories
 * and check types (generated from Prowler's list), and our own wording. Loaded from
 * checks/catalog.json, never from a check's code.
 */
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

/** The collections a check reads, by service: `{ ec2: ['instances', 'securityGroups'] }`. */
export type Uses = { readonly [S in ServiceName]?: readonly (keyof ServiceCollections[S] & string)[] };

export type NamesIn<List> = List extends readonly (infer Name)[] ? Name : never;

/** The loaded collections a check declared, and nothing else. */
export type CheckData<U extends Uses> = {
  readonly [S in keyof U & ServiceName]: {
    readonly [C in NamesIn<U[S]> & keyof ServiceCollections[S]]: Listing<ResourceOf<ServiceCollections[S][C]>>;
  };
};

/** What `run` receives: the collections named in `uses`, the account, options and config keys. */
export type CheckInput<U extends Uses, K extends AwsConfigKey = never> = CheckData<U> & {
  account: AccountScope;
  options: ScanOptions;
  /** The config keys the check declared, from `--config-file` or Prowler's defaults. */
  config: Pick<AwsConfig, K>;
  /** IDs of every check in this scan, for checks that leave a case to another check when it runs. */
  checksInScan: ReadonlySet<string>;
};

/** A check's logic: what it reads and how it judges. Its metadata lives in the catalog. */
export interface CheckLogic<U extends Uses = Uses, K extends AwsConfigKey = AwsConfigKey> {
  /** Prowler's check ID, the file's name. */
  id: string;
  /** The collections `run` reads; the runner loads exactly these (and what they need), once per scan. */
  uses: U;
  /** The config keys `run` reads. */
  config?: readonly K[];
  /**
   * Decides from already-loaded data: synchronous, no I/O. Judge through `report.each` and
   * `report.about`; unread data reaches a check only through `need` and `Listing.all`, which end
   * the judgement as ERROR instead of letting it decide.
   */
  run(input: CheckInput<U, K>, report: Report): void;
}

/** Declares a check; `uses` and `config` type `run`'s input, so a check reads only what it declares. */
export function defineCheck<const U extends Uses, const K extends AwsConfigKey = never>(logic: CheckLogic<U, K>): CheckLogic<U, K> {
  return logic;
}

/** A check ready to run: its metadata and its logic. */
export interface Check {
  metadata: CheckMetadata;
  logic: CheckLogic;
}

// What a check file needs, from one place.
export { fail, firstWhere, manual, notApplicable, pass, rated, verdict } from './report.js';
export { need } from '../services/resource-map.js';
