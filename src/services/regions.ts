import serviceRegions from './service-regions.json' with { type: 'json' };

/**
 * The endpoint prefix of our services whose folder name is not AWS's: VPC is part of EC2's API,
 * both load balancer APIs answer at elasticloadbalancing, CloudWatch's metrics at monitoring. A
 * collection on another API of its service (WAF Classic's regional one, CloudWatch Logs, Cognito
 * identity pools) names its endpoint itself.
 */
const ENDPOINT_OF_SERVICE: Readonly<Record<string, string>> = {
  vpc: 'ec2',
  elb: 'elasticloadbalancing',
  elbv2: 'elasticloadbalancing',
  networkfirewall: 'network-firewall',
  apigatewayv2: 'apigateway',
  cognito: 'cognito-idp',
  directoryservice: 'ds',
  accessanalyzer: 'access-analyzer',
  cloudwatch: 'monitoring',
  macie: 'macie2',
  eventbridge: 'events',
  resourceexplorer2: 'resource-explorer-2',
  ssmincidents: 'ssm-incidents',
  acmpca: 'acm-pca',
  memorydb: 'memory-db',
  ecr: 'api.ecr',
  opensearch: 'es',
  efs: 'elasticfilesystem',
  emr: 'elasticmapreduce',
  sagemaker: 'api.sagemaker',
  appstream: 'appstream2',
  stepfunctions: 'states',
  ses: 'email',
};

const REGIONS: Readonly<Record<string, readonly string[]>> = serviceRegions;
const KNOWN_REGIONS = new Set(Object.values(REGIONS).flat());

export function endpointOf(service: string): string {
  return ENDPOINT_OF_SERVICE[service] ?? service;
}

/**
 * Whether AWS offers `endpoint` in `region`, so that a regional collection is read only where its
 * service exists instead of failing elsewhere. A service or a region the table does not know (one
 * newer than it) is tried: an unneeded call costs less than a region left unscanned.
 */
export function offersService(endpoint: string, region: string): boolean {
  const regions = REGIONS[endpoint];
  return !regions || !KNOWN_REGIONS.has(region) || regions.includes(region);
}
