import {
  DescribeOrganizationConfigurationCommand,
  GetAdministratorAccountCommand,
  GetDetectorCommand,
  GuardDutyClient,
  paginateListDetectors,
  paginateListFindings,
  paginateListMembers,
  paginateListOrganizationAdminAccounts,
} from '@aws-sdk/client-guardduty';
import { z } from 'zod';
import { defineCollection, parse, unlessAbsent, type LoadContext } from '../collection.js';
import { perListedResource } from '../listing.js';
import { known, type AwsResource, type Field } from '../resource-map.js';

/** GuardDuty's listings return at most 50 items a page. */
const PAGE_SIZE = 50;

/**
 * A region's detector. A region without one still has a resource, `detector/unknown` with
 * `enabledInAccount` false, because Prowler reports GuardDuty being off there under that ID.
 */
export interface GuardDutyDetector extends AwsResource {
  enabledInAccount: boolean;
}

/** What GetDetector tells about a detector: whether it runs and which protections it has on. */
export interface DetectorSettings {
  enabled: boolean;
  s3Protection: boolean;
  eksAuditLogs: boolean;
  ec2MalwareProtection: boolean;
  rdsProtection: boolean;
  lambdaProtection: boolean;
  eksRuntimeMonitoring: boolean;
}

/** A detector with its settings; null for the stand-in of a region without a detector. */
export interface ConfiguredDetector extends GuardDutyDetector {
  settings: Field<DetectorSettings | null>;
}

/** A detector with how many current (unarchived) findings of severity 8 it holds. */
export interface DetectorFindings extends GuardDutyDetector {
  highSeverityFindings: Field<number>;
}

/** A detector with where it stands in a multi-account setup. */
export interface DetectorAdministration extends GuardDutyDetector {
  /** The administrator account managing this detector, null when none does. */
  administratorAccount: Field<string | null>;
  /** The member accounts this detector administers. */
  memberAccounts: Field<string[]>;
}

/**
 * A detector with its settings and the organization's GuardDuty set-up in its region. Both
 * organization reads answer only to the management or delegated administrator account; from any
 * other account they are denied, which Prowler reports as "cannot tell" (null), not as a failure.
 */
export interface DetectorOrganization extends ConfiguredDetector {
  /** Whether the region has an enabled delegated administrator; null when the account may not ask. */
  delegatedAdministrator: Field<boolean | null>;
  /** AutoEnableOrganizationMembers (NEW, ALL, NONE); null when the account may not ask or has no detector. */
  autoEnableMembers: Field<string | null>;
}

/** The answers GuardDuty gives an account outside the organization's GuardDuty administration. */
const NOT_ADMINISTRATOR = ['AccessDeniedException', 'BadRequestException'];

const DetectorSchema = z.object({
  Status: z.string().nullish(),
  DataSources: z
    .object({
      S3Logs: z.object({ Status: z.string().nullish() }).nullish(),
      Kubernetes: z.object({ AuditLogs: z.object({ Status: z.string().nullish() }).nullish() }).nullish(),
      MalwareProtection: z
        .object({ ScanEc2InstanceWithFindings: z.object({ EbsVolumes: z.object({ Status: z.string().nullish() }).nullish() }).nullish() })
        .nullish(),
    })
    .nullish(),
  Features: z.array(z.object({ Name: z.string().nullish(), Status: z.string().nullish() })).nullish(),
});

const AdministratorSchema = z.object({ Administrator: z.object({ AccountId: z.string().nullish() }).nullish() });

const AdminAccountSchema = z.object({ AdminAccountId: z.string().nullish(), AdminStatus: z.string().nullish() });

const OrganizationConfigurationSchema = z.object({ AutoEnableOrganizationMembers: z.string().nullish() });

const detectors = defineCollection<GuardDutyDetector>({
  service: 'guardduty',
  name: 'detectors',
  scope: 'regional',
  async load(context) {
    await context.read('ListDetectors', async () => {
      const client = context.client(GuardDutyClient);
      const ids: string[] = [];
      for await (const page of paginateListDetectors({ client, pageSize: PAGE_SIZE }, {})) ids.push(...(page.DetectorIds ?? []));
      for (const id of ids) context.resources.add(detector(context, id, true));
      if (ids.length === 0) context.resources.add(detector(context, 'unknown', false));
    });
  },
});

function detector(context: LoadContext<GuardDutyDetector>, id: string, enabledInAccount: boolean): GuardDutyDetector {
  const arn = context.arn('guardduty', `detector/${id}`);
  return { arn, id: enabledInAccount ? id : 'detector/unknown', region: context.region, tags: {}, enabledInAccount };
}

const isEnabled = (status: string | null | undefined) => status === 'ENABLED';

function settingsOf(response: z.infer<typeof DetectorSchema>): DetectorSettings {
  const features = new Map((response.Features ?? []).map((feature) => [feature.Name, isEnabled(feature.Status)]));
  const sources = response.DataSources;
  return {
    enabled: isEnabled(response.Status),
    s3Protection: isEnabled(sources?.S3Logs?.Status),
    eksAuditLogs: isEnabled(sources?.Kubernetes?.AuditLogs?.Status),
    ec2MalwareProtection: isEnabled(sources?.MalwareProtection?.ScanEc2InstanceWithFindings?.EbsVolumes?.Status),
    rdsProtection: features.get('RDS_LOGIN_EVENTS') ?? false,
    lambdaProtection: features.get('LAMBDA_NETWORK_LOGS') ?? false,
    eksRuntimeMonitoring: features.get('EKS_RUNTIME_MONITORING') ?? false,
  };
}

/** One GetDetector per detector (at most one a region), for the checks about its status and protections. */
const detectorSettings = perListedResource<ConfiguredDetector, GuardDutyDetector>({
  service: 'guardduty',
  name: 'detectorSettings',
  scope: 'regional',
  listed: detectors,
  operation: 'GetDetector',
  async read(context, listed) {
    const settings = listed.enabledInAccount
      ? await context.field('GetDetector', listed.arn, async () => {
          const response = await context.client(GuardDutyClient).send(new GetDetectorCommand({ DetectorId: listed.id }));
          return settingsOf(parse(DetectorSchema, response, 'GuardDuty detector'));
        })
      : known(null);
    return { ...listed, settings };
  },
});

/**
 * One ListFindings per detector, filtered to unarchived findings of severity exactly 8, as
 * Prowler filters them; only the check about high-severity findings needs it.
 */
const detectorFindings = perListedResource<DetectorFindings, GuardDutyDetector>({
  service: 'guardduty',
  name: 'detectorFindings',
  scope: 'regional',
  listed: detectors,
  operation: 'ListFindings',
  selects: (listed) => listed.enabledInAccount,
  async read(context, listed) {
    const highSeverityFindings = await context.field('ListFindings', listed.arn, async () => {
      const client = context.client(GuardDutyClient);
      const criteria = { Criterion: { severity: { Eq: ['8'] }, 'service.archived': { Eq: ['false'] } } };
      let count = 0;
      for await (const page of paginateListFindings({ client, pageSize: PAGE_SIZE }, { DetectorId: listed.id, FindingCriteria: criteria })) {
        count += page.FindingIds?.length ?? 0;
      }
      return count;
    });
    return { ...listed, highSeverityFindings };
  },
});

/** GetAdministratorAccount and ListMembers per detector, for the check about central management. */
const detectorAdministration = perListedResource<DetectorAdministration, GuardDutyDetector>({
  service: 'guardduty',
  name: 'detectorAdministration',
  scope: 'regional',
  listed: detectors,
  operation: 'GetAdministratorAccount',
  selects: (listed) => listed.enabledInAccount,
  async read(context, listed) {
    const client = context.client(GuardDutyClient);
    const [administratorAccount, memberAccounts] = await Promise.all([
      context.field('GetAdministratorAccount', listed.arn, async () => {
        const response = await client.send(new GetAdministratorAccountCommand({ DetectorId: listed.id }));
        return parse(AdministratorSchema, response, 'GuardDuty administrator').Administrator?.AccountId ?? null;
      }),
      context.field('ListMembers', listed.arn, async () => {
        const accounts: string[] = [];
        for await (const page of paginateListMembers({ client, pageSize: PAGE_SIZE }, { DetectorId: listed.id })) {
          for (const member of page.Members ?? []) if (member.AccountId) accounts.push(member.AccountId);
        }
        return accounts;
      }),
    ]);
    return { ...listed, administratorAccount, memberAccounts };
  },
});

/**
 * Per region, one ListOrganizationAdminAccounts and, per detector, DescribeOrganizationConfiguration:
 * only the check about delegated administration needs them.
 */
const detectorOrganization = defineCollection<DetectorOrganization, { configured: typeof detectorSettings }>({
  service: 'guardduty',
  name: 'detectorOrganization',
  scope: 'regional',
  needs: { configured: detectorSettings },
  async load(context, { configured }) {
    await context.read('ListDetectors', async () => {
      const inRegion = configured.all(context.region);
      const delegatedAdministrator = await regionDelegatedAdministrator(context);
      for (const listed of inRegion) {
        const autoEnableMembers = listed.enabledInAccount
          ? await context.field('DescribeOrganizationConfiguration', listed.arn, async () => {
              const request = context.client(GuardDutyClient).send(new DescribeOrganizationConfigurationCommand({ DetectorId: listed.id }));
              const response = await unlessAbsent(request, ...NOT_ADMINISTRATOR);
              return response && (parse(OrganizationConfigurationSchema, response, 'GuardDuty organization configuration').AutoEnableOrganizationMembers ?? 'NONE');
            })
          : known(null);
        context.resources.add({ ...listed, delegatedAdministrator, autoEnableMembers });
      }
    });
  },
});

/** Whether the region has an enabled delegated administrator; null when that cannot be told. */
async function regionDelegatedAdministrator(context: LoadContext<DetectorOrganization>): Promise<Field<boolean | null>> {
  return context.field('ListOrganizationAdminAccounts', context.arn('guardduty', 'organization'), async () => {
    const client = context.client(GuardDutyClient);
    const pages = paginateListOrganizationAdminAccounts({ client, pageSize: PAGE_SIZE }, {});
    let enabled = false;
    let unintelligible = false;
    try {
      for await (const page of pages) {
        for (const raw of page.AdminAccounts ?? []) {
          const admin = parse(AdminAccountSchema, raw, 'GuardDuty admin account');
          // An entry without an account or status leaves the region's administration unknown, as in Prowler.
          if (!admin.AdminAccountId || !admin.AdminStatus) unintelligible = true;
          else if (admin.AdminStatus === 'ENABLED') enabled = true;
        }
      }
    } catch (error) {
      if (error instanceof Error && NOT_ADMINISTRATOR.includes(error.name)) return null;
      throw error;
    }
    return enabled ? true : unintelligible ? null : false;
  });
}

export default { detectors, detectorSettings, detectorFindings, detectorAdministration, detectorOrganization };
