import { KmsService } from './kms/kms.js';
import type { ServiceScope } from './service.js';

/** Every service a check can name in `uses`, by the name it is known by on the command line. */
export const serviceClasses = {
  kms: KmsService,
} as const;

export type ServiceName = keyof typeof serviceClasses;

export type Services = { [Name in ServiceName]: InstanceType<(typeof serviceClasses)[Name]> };

export const serviceNames = Object.keys(serviceClasses).sort() as ServiceName[];

export function isServiceName(name: string): name is ServiceName {
  return Object.hasOwn(serviceClasses, name);
}

export function createService<Name extends ServiceName>(name: Name, scope: ServiceScope): Services[Name] {
  return new serviceClasses[name](scope);
}
