import { ApplicationAutoScalingClient, paginateDescribeScalableTargets } from '@aws-sdk/client-application-auto-scaling';
import { AutoScalingClient, paginateDescribeAutoScalingGroups, paginateDescribeLaunchConfigurations } from '@aws-sdk/client-auto-scaling';
import { z } from 'zod';
import type { SdkClient, SdkClientClass } from '../../provider/clients.js';
import { scanUserData, type UserDataScan } from '../../secrets/detect.js';
import { defineCollection, tagRecord } from '../collection.js';
import { need, secret, type AwsResource, type Field } from '../resource-map.js';

/** DescribeAutoScalingGroups and DescribeLaunchConfigurations return at most 100 items a page. */
const AUTOSCALING_PAGE_SIZE = 100;

/** A launch configuration; `id` and `name` are its name, the handle groups refer to it by. */
export interface LaunchConfiguration extends AwsResource {
  imageId: string;
  /** The instances' user data, base64 as AWS returns it, a `secret`; null when there is none. */
  userData: Field<string> | null;
  /** IMDS token use, required or optional; '' when the configuration sets no metadata options. */
  metadataHttpTokens: string;
  /** Whether the metadata endpoint answers, enabled or disabled; '' when not set. */
  metadataHttpEndpoint: string;
  /** Whether instances get a public IP address. */
  associatePublicIp: boolean;
}

/** A launch template as a group names it: by ID or by name, with a version. */
export interface LaunchTemplateReference {
  id: string | null;
  name: string | null;
  version: string | null;
}

/** An Auto Scaling group; `id` and `name` are its name. */
export interface AutoScalingGroup extends AwsResource {
  availabilityZones: string[];
  /** The instance types the group runs now, by Availability Zone. */
  instanceTypesByZone: Record<string, string[]>;
  capacityRebalance: boolean;
  /** EC2, ELB, VPC_LATTICE, or several of them joined. */
  healthCheckType: string;
  /** Classic Load Balancers the group registers with. */
  loadBalancerNames: string[];
  targetGroupArns: string[];
  /** Null when the group launches from a launch template instead. */
  launchConfigurationName: string | null;
  launchTemplate: LaunchTemplateReference | null;
  /** The launch template of the group's mixed instances policy, when it has one. */
  mixedInstancesLaunchTemplate: LaunchTemplateReference | null;
}

/**
 * A target Application Auto Scaling scales, such as a DynamoDB table's read capacity; `id` is the
 * scaled resource's ID (`table/<name>`).
 */
export interface ScalableTarget extends AwsResource {
  serviceNamespace: string;
  resourceId: string;
  /** What is scaled, e.g. dynamodb:table:ReadCapacityUnits. */
  scalableDimension: string;
}

/** A launch configuration's user data, scanned for secrets; `arn`, `id`, `name` are the configuration's. */
export interface LaunchConfigurationUserData extends AwsResource {
  scan: Field<UserDataScan>;
}

const LaunchConfigurationSchema = z.object({
  LaunchConfigurationARN: z.string(),
  LaunchConfigurationName: z.string(),
  ImageId: z.string(),
  UserData: z.string().nullish(),
  MetadataOptions: z.object({ HttpTokens: z.string().nullish(), HttpEndpoint: z.string().nullish() }).nullish(),
  AssociatePublicIpAddress: z.boolean().nullish(),
});

const LaunchTemplateSchema = z
  .object({ LaunchTemplateId: z.string().nullish(), LaunchTemplateName: z.string().nullish(), Version: z.string().nullish() })
  .nullish();

const GroupSchema = z.object({
  AutoScalingGroupARN: z.string(),
  AutoScalingGroupName: z.string(),
  AvailabilityZones: z.array(z.string()).nullish(),
  Instances: z.array(z.object({ AvailabilityZone: z.string(), InstanceType: z.string().nullish() })).nullish(),
  CapacityRebalance: z.boolean().nullish(),
  HealthCheckType: z.string().nullish(),
  LoadBalancerNames: z.array(z.string()).nullish(),
  TargetGroupARNs: z.array(z.string()).nullish(),
  LaunchConfigurationName: z.string().nullish(),
  LaunchTemplate: LaunchTemplateSchema,
  MixedInstancesPolicy: z.object({ LaunchTemplate: z.object({ LaunchTemplateSpecification: LaunchTemplateSchema }).nullish() }).nullish(),
  Tags: z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish(),
});

type LaunchTemplateFields = z.infer<typeof LaunchTemplateSchema>;

/** A reference, or null when the group gives none (an absent or empty specification). */
function launchTemplateReference(template: LaunchTemplateFields): LaunchTemplateReference | null {
  if (!template || Object.values(template).every((value) => value === undefined || value === null)) return null;
  return { id: template.LaunchTemplateId ?? null, name: template.LaunchTemplateName ?? null, version: template.Version ?? null };
}

function instanceTypesByZone(instances: readonly { AvailabilityZone: string; InstanceType?: string | null }[]): Record<string, string[]> {
  const byZone: Record<string, Set<string>> = {};
  for (const { AvailabilityZone: zone, InstanceType: type } of instances) {
    byZone[zone] ??= new Set();
    if (type) byZone[zone].add(type);
  }
  return Object.fromEntries(Object.entries(byZone).map(([zone, types]) => [zone, [...types]]));
}

const launchConfigurations = defineCollection<LaunchConfiguration>({
  service: 'autoscaling',
  name: 'launchConfigurations',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeLaunchConfigurations({ client: context.client(AutoScalingClient), pageSize: AUTOSCALING_PAGE_SIZE }, {});
    const listed = await context.items('DescribeLaunchConfigurations', pages, (page) => page.LaunchConfigurations, LaunchConfigurationSchema, 'launch configuration');
    for (const configuration of listed) {
      context.resources.add({
        arn: configuration.LaunchConfigurationARN,
        id: configuration.LaunchConfigurationName,
        name: configuration.LaunchConfigurationName,
        region: context.region,
        tags: {},
        imageId: configuration.ImageId,
        userData: configuration.UserData ? secret(configuration.UserData) : null,
        metadataHttpTokens: configuration.MetadataOptions?.HttpTokens ?? '',
        metadataHttpEndpoint: configuration.MetadataOptions?.HttpEndpoint ?? '',
        associatePublicIp: configuration.AssociatePublicIpAddress ?? false,
      });
    }
  },
});

const groups = defineCollection<AutoScalingGroup>({
  service: 'autoscaling',
  name: 'groups',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeAutoScalingGroups({ client: context.client(AutoScalingClient), pageSize: AUTOSCALING_PAGE_SIZE }, {});
    for (const group of await context.items('DescribeAutoScalingGroups', pages, (page) => page.AutoScalingGroups, GroupSchema, 'Auto Scaling group')) {
      context.resources.add({
        arn: group.AutoScalingGroupARN,
        id: group.AutoScalingGroupName,
        name: group.AutoScalingGroupName,
        region: context.region,
        tags: tagRecord(group.Tags),
        availabilityZones: group.AvailabilityZones ?? [],
        instanceTypesByZone: instanceTypesByZone(group.Instances ?? []),
        capacityRebalance: group.CapacityRebalance ?? false,
        healthCheckType: group.HealthCheckType ?? '',
        loadBalancerNames: group.LoadBalancerNames ?? [],
        targetGroupArns: group.TargetGroupARNs ?? [],
        launchConfigurationName: group.LaunchConfigurationName || null,
        launchTemplate: launchTemplateReference(group.LaunchTemplate),
        mixedInstancesLaunchTemplate: launchTemplateReference(group.MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification),
      });
    }
  },
});

/**
 * Launch configurations' user data, decoded and scanned for secrets here, since detection is
 * asynchronous and checks are not. No AWS call: the text comes with the listing. Only the secrets
 * check asks for it, and `secrets_ignore_patterns` drops the matches it names.
 */
const launchConfigurationUserData = defineCollection<LaunchConfigurationUserData, { launchConfigurations: typeof launchConfigurations }>({
  service: 'autoscaling',
  name: 'launchConfigurationUserData',
  scope: 'regional',
  needs: { launchConfigurations },
  async load(context, dependencies) {
    const ignorePatterns = context.config.secrets_ignore_patterns;
    await context.read('DescribeLaunchConfigurations', async () => {
      for (const configuration of dependencies.launchConfigurations.all(context.region)) {
        const { arn, id, name, region, tags, userData } = configuration;
        context.resources.add({ arn, id, name, region, tags, scan: await context.field('secrets scan', arn, () => scanUserData(userData && need(userData), ignorePatterns)) });
      }
    });
  },
});

/** DescribeScalableTargets returns at most 50 targets a page. */
const SCALABLE_TARGETS_PAGE_SIZE = 50;

/** The namespaces whose targets checks read: DynamoDB's, as in Prowler. */
const SCALED_NAMESPACES = ['dynamodb'] as const;

const ScalableTargetSchema = z.object({
  ScalableTargetARN: z.string().optional(),
  ServiceNamespace: z.string(),
  ResourceId: z.string(),
  ScalableDimension: z.string(),
});

/**
 * Every operation of this API takes a required input, so its middleware stack does not fit the
 * factory's `object`-input stack type; the client is the same kind as every other at run time.
 */
const ScalingClient = ApplicationAutoScalingClient as unknown as SdkClientClass<ApplicationAutoScalingClient & SdkClient>;

/** Application Auto Scaling's scalable targets, listed per namespace (the API needs one). */
const scalableTargets = defineCollection<ScalableTarget>({
  service: 'autoscaling',
  name: 'scalableTargets',
  scope: 'regional',
  endpoint: 'application-autoscaling',
  async load(context) {
    const client = context.client(ScalingClient);
    for (const ServiceNamespace of SCALED_NAMESPACES) {
      const pages = paginateDescribeScalableTargets({ client, pageSize: SCALABLE_TARGETS_PAGE_SIZE }, { ServiceNamespace });
      for (const target of await context.items('DescribeScalableTargets', pages, (page) => page.ScalableTargets, ScalableTargetSchema, 'scalable target')) {
        // Targets registered before ARNs were given to them have none; the ID makes one unique in the account.
        const arn = target.ScalableTargetARN ?? context.arn('application-autoscaling', `scalable-target/${target.ServiceNamespace}/${target.ResourceId}/${target.ScalableDimension}`);
        context.resources.add({
          arn,
          id: target.ResourceId,
          region: context.region,
          tags: {},
          serviceNamespace: target.ServiceNamespace,
          resourceId: target.ResourceId,
          scalableDimension: target.ScalableDimension,
        });
      }
    }
  },
});

export default { launchConfigurations, groups, launchConfigurationUserData, scalableTargets };
