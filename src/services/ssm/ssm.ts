import {
  DescribeDocumentPermissionCommand,
  GetDocumentCommand,
  SSMClient,
  paginateDescribeInstanceInformation,
  paginateListDocuments,
  paginateListResourceComplianceSummaries,
} from '@aws-sdk/client-ssm';
import { z } from 'zod';
import { detectSecrets, type DetectedSecret } from '../../secrets/detect.js';
import { defineCollection, parse, tagRecord, unlessAbsent } from '../collection.js';
import { perListedResource, tokenPages } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/**
 * A machine Systems Manager manages: an EC2 instance (`id` its instance ID, `arn` the instance's
 * ARN, as Prowler keys it) or a hybrid machine (`mi-...`, under its managed-instance ARN).
 */
export interface SsmManagedInstance extends AwsResource {
  /** Online, ConnectionLost or Inactive: whether the agent is reporting. */
  pingStatus: string | null;
  /** EC2Instance or ManagedInstance (hybrid). */
  resourceType: string | null;
  /** Windows, Linux or MacOS. */
  platformType: string | null;
}

const InstanceInformationSchema = z.object({
  InstanceId: z.string(),
  PingStatus: z.string().nullish(),
  ResourceType: z.string().nullish(),
  PlatformType: z.string().nullish(),
});

/** DescribeInstanceInformation caps its page at 50. */
const INSTANCE_INFORMATION_PAGE_SIZE = 50;

const HYBRID_PREFIX = 'mi-';

const managedInstances = defineCollection<SsmManagedInstance>({
  service: 'ssm',
  name: 'managedInstances',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeInstanceInformation({ client: context.client(SSMClient), pageSize: INSTANCE_INFORMATION_PAGE_SIZE }, {});
    const listed = await context.items('DescribeInstanceInformation', pages, (page) => page.InstanceInformationList, InstanceInformationSchema, 'managed instance');
    for (const instance of listed) {
      const id = instance.InstanceId;
      context.resources.add({
        arn: id.startsWith(HYBRID_PREFIX) ? context.arn('ssm', `managed-instance/${id}`) : context.arn('ec2', `instance/${id}`),
        id,
        region: context.region,
        tags: {},
        pingStatus: instance.PingStatus ?? null,
        resourceType: instance.ResourceType ?? null,
        platformType: instance.PlatformType ?? null,
      });
    }
  },
});

/** A Systems Manager document the account owns; `id` is its name. */
export interface SsmDocument extends AwsResource {
  name: string;
}

/**
 * A document with the likely secrets in its content; null when it has no content to scan: none
 * given, or content that does not parse as JSON, which Prowler leaves unscanned too.
 */
export interface SsmDocumentSecrets extends SsmDocument {
  secrets: Field<DetectedSecret[] | null>;
}

/** A document with the accounts it is shared with: `all` when it is public. */
export interface SsmDocumentSharing extends SsmDocument {
  sharedWith: Field<string[]>;
}

/** A machine's aggregate compliance (patch, association, custom) as Systems Manager records it. */
export interface SsmComplianceResource extends AwsResource {
  /** COMPLIANT or NON_COMPLIANT. */
  status: string;
}

/** ListDocuments and ListResourceComplianceSummaries pages hold at most 50 items. */
const SSM_PAGE_SIZE = 50;

/** DescribeDocumentPermission pages hold at most 200 accounts. */
const PERMISSION_PAGE_SIZE = 200;

const DocumentIdentifierSchema = z.object({
  Name: z.string(),
  Tags: z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish(),
});

const documents = defineCollection<SsmDocument>({
  service: 'ssm',
  name: 'documents',
  scope: 'regional',
  async load(context) {
    // Only the account's own documents: AWS's and other accounts' shared ones are not its to fix.
    const filters = [{ Key: 'Owner', Values: ['Self'] }];
    const pages = paginateListDocuments({ client: context.client(SSMClient), pageSize: SSM_PAGE_SIZE }, { Filters: filters });
    const listed = await context.items('ListDocuments', pages, (page) => page.DocumentIdentifiers, DocumentIdentifierSchema, 'document');
    for (const document of listed) {
      context.resources.add({
        arn: context.arn('ssm', `document/${document.Name}`),
        id: document.Name,
        name: document.Name,
        region: context.region,
        tags: tagRecord(document.Tags),
      });
    }
  },
});

const DocumentContentSchema = z.object({ Content: z.string().nullish() });

/**
 * Each document's content, scanned for secrets at load time: one GetDocument call per document,
 * made only when the secrets check runs. GetDocument hands YAML documents out as JSON by default,
 * and the content is scanned as indented JSON, as Prowler prints it, with detections on lines
 * matching `secrets_ignore_patterns` dropped; a document AWS will not hand out as JSON
 * (ValidationException) has nothing to scan.
 */
const documentSecrets = perListedResource<SsmDocumentSecrets, SsmDocument>({
  service: 'ssm',
  name: 'documentSecrets',
  scope: 'regional',
  listed: documents,
  operation: 'ListDocuments',
  async read(context, document) {
    const secrets = await context.field('GetDocument', document.arn, async () => {
      const response = await unlessAbsent(context.client(SSMClient).send(new GetDocumentCommand({ Name: document.name })), 'ValidationException');
      const content = response && parse(DocumentContentSchema, response, 'document').Content;
      const parsed = content ? jsonOrNull(content) : null;
      return isEmpty(parsed) ? null : detectSecrets(JSON.stringify(parsed, null, 2), context.config.secrets_ignore_patterns);
    });
    return { ...document, secrets };
  },
});

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Content Prowler takes for none: absent, or an empty document. */
function isEmpty(content: unknown): boolean {
  if (content === null || content === undefined || content === false || content === 0 || content === '') return true;
  if (Array.isArray(content)) return content.length === 0;
  return typeof content === 'object' && Object.keys(content).length === 0;
}

const PermissionPageSchema = z.object({ AccountIds: z.array(z.string()).nullish(), NextToken: z.string().nullish() });

/**
 * Who each document is shared with: one DescribeDocumentPermission listing per document, made only
 * when the sharing check runs. A document type that cannot be shared (InvalidDocumentOperation) is
 * shared with nobody.
 */
const documentSharing = perListedResource<SsmDocumentSharing, SsmDocument>({
  service: 'ssm',
  name: 'documentSharing',
  scope: 'regional',
  listed: documents,
  operation: 'ListDocuments',
  async read(context, document) {
    const client = context.client(SSMClient);
    const sharedWith = await context.field('DescribeDocumentPermission', document.arn, async () => {
      const accounts: string[] = [];
      const pages = tokenPages(
        (NextToken) => client.send(new DescribeDocumentPermissionCommand({ Name: document.name, PermissionType: 'Share', MaxResults: PERMISSION_PAGE_SIZE, NextToken })),
        (page) => page.NextToken,
      );
      const listing = async () => {
        for await (const page of pages) accounts.push(...(parse(PermissionPageSchema, page, 'document permission').AccountIds ?? []));
        return true;
      };
      return (await unlessAbsent(listing(), 'InvalidDocumentOperation')) ? accounts : [];
    });
    return { ...document, sharedWith };
  },
});

const ComplianceSummarySchema = z.object({ ResourceId: z.string(), Status: z.string() });

/**
 * The compliance Systems Manager records per resource. Every resource is reported under an EC2
 * instance ARN, as Prowler does, hybrid machines included.
 */
const complianceResources = defineCollection<SsmComplianceResource>({
  service: 'ssm',
  name: 'complianceResources',
  scope: 'regional',
  async load(context) {
    const pages = paginateListResourceComplianceSummaries({ client: context.client(SSMClient), pageSize: SSM_PAGE_SIZE }, {});
    const listed = await context.items('ListResourceComplianceSummaries', pages, (page) => page.ResourceComplianceSummaryItems, ComplianceSummarySchema, 'compliance summary');
    for (const summary of listed) {
      context.resources.add({
        arn: context.arn('ec2', `instance/${summary.ResourceId}`),
        id: summary.ResourceId,
        region: context.region,
        tags: {},
        status: summary.Status,
      });
    }
  },
});

export default { managedInstances, documents, documentSecrets, documentSharing, complianceResources };
