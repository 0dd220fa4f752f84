import {
  EC2Client,
  paginateDescribeVpcEndpointServiceConfigurations,
  paginateDescribeVpcEndpointServicePermissions,
  paginateDescribeVpcEndpoints,
} from '@aws-sdk/client-ec2';
import { z } from 'zod';
import { defineCollection, isNotFound, parse, tagRecord } from '../collection.js';
import { EC2_PAGE_SIZE, TagsSchema } from '../ec2/shared.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import type { AwsResource, Field } from '../resource-map.js';

/** `id` is the endpoint ID. */
export interface VpcEndpoint extends AwsResource {
  vpcId: string;
  /** com.amazonaws.<region>.<service>, or com.amazonaws.vpce.<region>.<service id> for endpoint services. */
  serviceName: string;
  /** Interface, Gateway, GatewayLoadBalancer... */
  type: string;
  state: string;
  subnetIds: string[];
  /** The endpoint policy; null when the endpoint has none. Unread when it is not a policy. */
  policy: Field<PolicyDocument | null>;
}

/** An endpoint service the account offers; `id` is the service ID. */
export interface VpcEndpointService extends AwsResource {
  serviceName: string;
  /** Who may connect: account IDs, principal ARNs or "*". */
  allowedPrincipals: Field<string[]>;
}

const EndpointSchema = z.object({
  VpcEndpointId: z.string(),
  VpcId: z.string(),
  ServiceName: z.string(),
  VpcEndpointType: z.string(),
  State: z.string(),
  SubnetIds: z.array(z.string()).nullish(),
  PolicyDocument: z.string().nullish(),
  Tags: TagsSchema,
});

const ServiceConfigurationSchema = z.object({
  ServiceId: z.string(),
  ServiceName: z.string(),
  Tags: TagsSchema,
});

const PermissionSchema = z.object({ Principal: z.string() });

export const endpoints = defineCollection<VpcEndpoint>({
  service: 'vpc',
  name: 'endpoints',
  scope: 'regional',
  async load(context) {
    const pages = paginateDescribeVpcEndpoints({ client: context.client(EC2Client), pageSize: EC2_PAGE_SIZE }, {});
    for (const endpoint of await context.items('DescribeVpcEndpoints', pages, (page) => page.VpcEndpoints, EndpointSchema, 'VPC endpoint')) {
      const arn = context.arn('ec2', `vpc-endpoint/${endpoint.VpcEndpointId}`);
      const tags = tagRecord(endpoint.Tags);
      const document = endpoint.PolicyDocument;
      context.resources.add({
        arn,
        id: endpoint.VpcEndpointId,
        name: tags.Name || undefined,
        region: context.region,
        tags,
        vpcId: endpoint.VpcId,
        serviceName: endpoint.ServiceName,
        type: endpoint.VpcEndpointType,
        state: endpoint.State,
        subnetIds: endpoint.SubnetIds ?? [],
        policy: await context.field('DescribeVpcEndpoints', arn, () => (document ? parsePolicyDocument(document) : null)),
      });
    }
  },
});

/**
 * The endpoint services the account owns, each with the principals allowed to connect. Listing
 * the account's own service configurations skips the hundreds of AWS and partner services that
 * DescribeVpcEndpointServices would return; the permissions take one call per service, and only
 * the check that judges them reads this collection.
 */
export const endpointServices = defineCollection<VpcEndpointService>({
  service: 'vpc',
  name: 'endpointServices',
  scope: 'regional',
  async load(context) {
    const client = context.client(EC2Client);
    const pages = paginateDescribeVpcEndpointServiceConfigurations({ client, pageSize: EC2_PAGE_SIZE }, {});
    const listed = await context.items('DescribeVpcEndpointServiceConfigurations', pages, (page) => page.ServiceConfigurations, ServiceConfigurationSchema, 'VPC endpoint service');
    for (const service of listed) {
      const arn = context.arn('ec2', `vpc-endpoint-service/${service.ServiceId}`);
      const tags = tagRecord(service.Tags);
      context.resources.add({
        arn,
        id: service.ServiceId,
        name: tags.Name || undefined,
        region: context.region,
        tags,
        serviceName: service.ServiceName,
        allowedPrincipals: await context.field('DescribeVpcEndpointServicePermissions', arn, () => allowedPrincipalsOf(client, service.ServiceId)),
      });
    }
  },
});

export default { endpoints, endpointServices };

async function allowedPrincipalsOf(client: EC2Client, serviceId: string): Promise<string[]> {
  const principals: string[] = [];
  try {
    for await (const page of paginateDescribeVpcEndpointServicePermissions({ client, pageSize: EC2_PAGE_SIZE }, { ServiceId: serviceId })) {
      for (const raw of page.AllowedPrincipals ?? []) principals.push(parse(PermissionSchema, raw, 'allowed principal').Principal);
    }
  } catch (error) {
    // A service deleted since it was listed allows nobody.
    if (isNotFound(error, 'InvalidVpcEndpointServiceId.NotFound')) return [];
    throw error;
  }
  return principals;
}
