import { CloudTrailService } from './cloudtrail/cloudtrail.js';
import { Ec2Service } from './ec2/ec2.js';
import { IamService } from './iam/iam.js';
import { KmsService } from './kms/kms.js';
import { S3Service } from './s3/s3.js';
import type { ServiceScope } from './service.js';
import { VpcService } from './vpc/vpc.js';

/** Every service a check can name in `uses`, by the name it is known by on the command line. */
export const serviceClasses = {
  cloudtrail: CloudTrailService,
  ec2: Ec2Service,
  iam: IamService,
  kms: KmsService,
  s3: S3Service,
  vpc: VpcService,
} as const;

export type ServiceName = keyof typeof serviceClasses;

export type Services = { [Name in ServiceName]: InstanceType<(typeof serviceClasses)[Name]> };

export const serviceNames = Object.keys(serviceClasses).sort() as ServiceName[];

export function isServiceName(name: string): name is ServiceName {
  return Object.hasOwn(serviceClasses, name);
}

export function createService<Name extends ServiceName>(name: Name, scope: ServiceScope): Services[Name] {
  return new serviceClasses[name](scope) as Services[Name];
}
