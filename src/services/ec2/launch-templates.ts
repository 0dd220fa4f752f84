import { EC2Client, paginateDescribeLaunchTemplates, paginateDescribeLaunchTemplateVersions, paginateDescribeNetworkInterfaces } from '@aws-sdk/client-ec2';
import { z } from 'zod';
import { scanUserData, type UserDataScan } from '../../secrets/detect.js';
import { defineCollection, once, parse, tagRecord } from '../collection.js';
import { readEach } from '../listing.js';
import { failureOf, need, type AwsResource, type Field } from '../resource-map.js';
import { EC2_PAGE_SIZE, TagsSchema } from './shared.js';

/** One version of a launch template, reduced to what the checks judge. */
export interface LaunchTemplateVersion {
  versionNumber: number;
  /** The version's user data, scanned for secrets here and never kept as text. */
  userData: UserDataScan;
  /** Whether some network interface of the version asks for a public IPv4 address at launch. */
  associatePublicIp: boolean;
  /** Existing network interfaces the version attaches by ID. */
  networkInterfaceIds: string[];
  /** IMDS token use (required, optional) or '' when the version does not say. */
  metadataHttpTokens: string;
  /** IMDS endpoint (enabled, disabled) or '' when the version does not say. */
  metadataHttpEndpoint: string;
}

/** `id` is the template ID, `name` its name. */
export interface LaunchTemplate extends AwsResource {
  name: string;
  /** Every version of the template, oldest first. */
  versions: Field<LaunchTemplateVersion[]>;
  /**
   * The addresses (public IPv4 associations, private IPv4 and IPv6) of the existing interfaces the
   * template's versions attach, by interface ID; interfaces that no longer exist are absent.
   */
  attachedInterfaceAddresses: Field<Record<string, string[]>>;
}

const LaunchTemplateSchema = z.object({ LaunchTemplateId: z.string(), LaunchTemplateName: z.string(), Tags: TagsSchema });

const VersionSchema = z.object({
  VersionNumber: z.number(),
  LaunchTemplateData: z
    .object({
      UserData: z.string().nullish(),
      NetworkInterfaces: z.array(z.object({ NetworkInterfaceId: z.string().nullish(), AssociatePublicIpAddress: z.boolean().nullish() })).nullish(),
      MetadataOptions: z.object({ HttpTokens: z.string().nullish(), HttpEndpoint: z.string().nullish() }).nullish(),
    })
    .nullish(),
});

const InterfaceAddressesSchema = z.object({
  NetworkInterfaceId: z.string(),
  PrivateIpAddresses: z.array(z.object({ PrivateIpAddress: z.string().nullish(), Association: z.object({ PublicIp: z.string().nullish() }).nullish() })).nullish(),
  Ipv6Addresses: z.array(z.object({ Ipv6Address: z.string().nullish() })).nullish(),
});

/** DescribeLaunchTemplates and DescribeLaunchTemplateVersions cap their pages at 200. */
const TEMPLATE_PAGE_SIZE = 200;

/**
 * Launch templates with all their versions. Versions have no account-wide listing, so they cost
 * one (paginated) DescribeLaunchTemplateVersions per template; every launch-template check reads
 * them, so they are read with the templates. Interfaces attached by ID, rare in templates, are
 * read once per region with one filtered DescribeNetworkInterfaces, only when some version names one.
 */
const launchTemplates = defineCollection<LaunchTemplate>({
  service: 'ec2',
  name: 'launchTemplates',
  scope: 'regional',
  async load(context) {
    const client = context.client(EC2Client);
    const pages = paginateDescribeLaunchTemplates({ client, pageSize: TEMPLATE_PAGE_SIZE }, {});
    const templates = await context.items('DescribeLaunchTemplates', pages, (page) => page.LaunchTemplates, LaunchTemplateSchema, 'launch template');
    const versionsOf = new Map(
      await readEach(templates, async (template) => {
        const arn = context.arn('ec2', `launch-template/${template.LaunchTemplateId}`);
        return [template.LaunchTemplateId, await context.field('DescribeLaunchTemplateVersions', arn, () => readVersions(client, template.LaunchTemplateId, context.config.secrets_ignore_patterns))] as const;
      }),
    );
    const referencedInterfaceIds = new Set([...versionsOf.values()].flatMap((versions) => attachedInterfaceIds(versions)));
    const interfaceAddresses = once(() => readInterfaceAddresses(client, [...referencedInterfaceIds]));
    for (const template of templates) {
      const arn = context.arn('ec2', `launch-template/${template.LaunchTemplateId}`);
      const versions = versionsOf.get(template.LaunchTemplateId)!;
      context.resources.add({
        arn,
        id: template.LaunchTemplateId,
        name: template.LaunchTemplateName,
        region: context.region,
        tags: tagRecord(template.Tags),
        versions,
        attachedInterfaceAddresses: await context.field('DescribeNetworkInterfaces', arn, async () => {
          const attached = new Set(attachedInterfaceIds(versions));
          if (attached.size === 0) return {};
          const addresses = await interfaceAddresses();
          return Object.fromEntries(Object.entries(addresses).filter(([id]) => attached.has(id)));
        }),
      });
    }
  },
});

/** The interfaces a template's versions attach by ID; none when its versions could not be read. */
function attachedInterfaceIds(versions: Field<LaunchTemplateVersion[]>): string[] {
  return failureOf(versions) ? [] : need(versions).flatMap((version) => version.networkInterfaceIds);
}

async function readVersions(client: EC2Client, launchTemplateId: string, ignorePatterns: readonly string[]): Promise<LaunchTemplateVersion[]> {
  const versions: LaunchTemplateVersion[] = [];
  for await (const page of paginateDescribeLaunchTemplateVersions({ client, pageSize: TEMPLATE_PAGE_SIZE }, { LaunchTemplateId: launchTemplateId })) {
    for (const raw of page.LaunchTemplateVersions ?? []) {
      const version = parse(VersionSchema, raw, 'launch template version');
      const data = version.LaunchTemplateData;
      const interfaces = data?.NetworkInterfaces ?? [];
      versions.push({
        versionNumber: version.VersionNumber,
        userData: await scanUserData(data?.UserData, ignorePatterns),
        associatePublicIp: interfaces.some((networkInterface) => networkInterface.AssociatePublicIpAddress === true),
        networkInterfaceIds: interfaces.flatMap((networkInterface) => (networkInterface.NetworkInterfaceId ? [networkInterface.NetworkInterfaceId] : [])),
        metadataHttpTokens: data?.MetadataOptions?.HttpTokens ?? '',
        metadataHttpEndpoint: data?.MetadataOptions?.HttpEndpoint ?? '',
      });
    }
  }
  return versions.sort((first, second) => first.versionNumber - second.versionNumber);
}

/** The addresses of the named interfaces that exist; a filter, unlike IDs, skips the missing ones. */
async function readInterfaceAddresses(client: EC2Client, interfaceIds: string[]): Promise<Record<string, string[]>> {
  const addresses: Record<string, string[]> = {};
  const request = { Filters: [{ Name: 'network-interface-id', Values: interfaceIds }] };
  for await (const page of paginateDescribeNetworkInterfaces({ client, pageSize: EC2_PAGE_SIZE }, request)) {
    for (const raw of page.NetworkInterfaces ?? []) {
      const networkInterface = parse(InterfaceAddressesSchema, raw, 'network interface');
      addresses[networkInterface.NetworkInterfaceId] = [
        ...(networkInterface.PrivateIpAddresses ?? []).flatMap((address) => [address.Association?.PublicIp, address.PrivateIpAddress]),
        ...(networkInterface.Ipv6Addresses ?? []).map((address) => address.Ipv6Address),
      ].filter((address): address is string => Boolean(address));
    }
  }
  return addresses;
}

export default { launchTemplates };
