import type { Severity, Status } from '../checks/check.js';

/**
 * The OCSF vocabulary the JSON-OCSF writer and reader share: the record shapes the scanner writes
 * and the IDs both sides must agree on.
 */

/** The OCSF schema version the records follow. */
export const OCSF_VERSION = '1.5.0';

export const SEVERITY_IDS = { informational: 1, low: 2, medium: 3, high: 4, critical: 5 } as const satisfies Record<Severity, number>;
export const SEVERITY_NAMES = { informational: 'Informational', low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' } as const;

/** OCSF status: a muted finding is one the account owner has accepted, i.e. suppressed. */
export const OPEN = { status: 'New', status_id: 1 } as const;
export const SUPPRESSED = { status: 'Suppressed', status_id: 3 } as const;

export const DETECTION_FINDING_CLASS = 2004;
export const SCAN_ACTIVITY_CLASS = 6007;

/**
 * What the report's header says about the scan as a whole, so `scanner report` can render the same
 * report again from the file alone. OCSF has no document level: the facts ride once per file, on
 * its first record.
 */
export interface OcsfScanFacts {
  name?: string;
  caller_arn: string;
  account_alias?: string;
  regions: string[];
  /** Checks that ran and found nothing to report on: the others are named by their findings. */
  checks_without_findings: string[];
  started_at: string;
  finished_at: string;
}

interface OcsfProduct {
  name: string;
  uid: string;
  vendor_name: string;
  version: string;
}

interface OcsfCloud {
  /** `name` and tags as `key:value` labels in an organization scan. */
  account: { type: 'AWS Account'; type_id: 10; uid: string; name?: string; labels: string[] };
  /** Empty outside an organization scan; `ou_name` is the path of units from the root, `Security/Prod`. */
  org: { uid?: string; ou_uid?: string; ou_name?: string };
  provider: 'aws';
  region: string;
}

/** What Prowler puts in `resources[].data.metadata`: the resource's own attributes. */
export interface ResourceMetadata {
  arn: string;
  id: string;
  name: string;
  region: string;
  tags: Record<string, string>;
}

/** An OCSF 1.x Detection Finding (class 2004) with the fields and conventions Prowler fills. */
export interface OcsfDetectionFinding {
  message: string;
  metadata: { event_code: string; product: OcsfProduct; profiles: string[]; version: string };
  severity_id: (typeof SEVERITY_IDS)[Severity];
  severity: (typeof SEVERITY_NAMES)[Severity];
  status: (typeof OPEN | typeof SUPPRESSED)['status'];
  status_id: (typeof OPEN | typeof SUPPRESSED)['status_id'];
  status_code: Status;
  status_detail: string;
  risk_details: string;
  finding_info: {
    analytic: { name: string; uid: string; type: 'Rule'; type_id: 1; category: string };
    created_time: number;
    created_time_dt: string;
    desc: string;
    title: string;
    uid: string;
    name: string;
    types: string[];
  };
  resources: {
    cloud_partition: string;
    region: string;
    data: { details: string; metadata: ResourceMetadata };
    group: { name: string };
    labels: string[];
    name: string;
    type: string;
    uid: string;
  }[];
  category_name: 'Findings';
  category_uid: 2;
  class_name: 'Detection Finding';
  class_uid: typeof DETECTION_FINDING_CLASS;
  cloud: OcsfCloud;
  remediation: { desc: string; references: string[] };
  /** Epoch seconds, as Prowler writes them. */
  time: number;
  time_dt: string;
  type_uid: 200401;
  type_name: 'Detection Finding: Create';
  activity_id: 1;
  activity_name: 'Create';
  unmapped: {
    related_url: string;
    categories: string[];
    depends_on: string[];
    related_to: string[];
    additional_urls: string[];
    notes: string;
    compliance: Record<string, string[]>;
    scan_id: string;
    provider_uid: string;
    provider: 'aws';
    /** In an organization scan: OCSF's Account has no email. */
    account_email?: string;
    /** The check's own severity, written only when the finding was rated otherwise. */
    check_severity?: Severity;
    /** On the file's first finding only. */
    scan?: OcsfScanFacts;
  };
}

/**
 * An OCSF Scan Activity (class 6007, activity Completed): the record a file holds when the scan
 * left no findings to write, so the file still says which account was scanned, when and how.
 */
export interface OcsfScanActivity {
  message: string;
  metadata: { product: OcsfProduct; profiles: string[]; version: string };
  severity_id: 1;
  severity: 'Informational';
  status: 'Success';
  status_id: 1;
  scan: { uid: string; name?: string; type: string; type_id: 99 };
  num_detections: number;
  /** Epoch milliseconds, as OCSF defines its timestamps. */
  start_time: number;
  start_time_dt: string;
  end_time: number;
  end_time_dt: string;
  /** Milliseconds. */
  duration: number;
  category_name: 'Application Activity';
  category_uid: 6;
  class_name: 'Scan Activity';
  class_uid: typeof SCAN_ACTIVITY_CLASS;
  cloud: OcsfCloud;
  time: number;
  time_dt: string;
  type_uid: 600702;
  type_name: 'Scan Activity: Completed';
  activity_id: 2;
  activity_name: 'Completed';
  unmapped: { scan_id: string; provider_uid: string; provider: 'aws'; scan: OcsfScanFacts };
}
