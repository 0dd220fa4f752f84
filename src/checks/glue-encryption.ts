import type { GlueSecurityConfiguration } from '../services/glue/glue.js';
import type { Listing } from '../services/resource-map.js';
import { fail, verdict, type Verdict } from './report.js';

/** A Glue job or development endpoint: what names its security configuration. */
interface SecuredByConfiguration {
  region: string;
  securityConfiguration: string | null;
}

/**
 * The security configuration a job or endpoint names. Prowler matches it by name among every
 * scanned region's configurations; one in the resource's own region is taken first (AWS applies
 * that one), and only failing that one of the same name elsewhere, as Prowler would. Absence is
 * concluded only from complete listings.
 */
export function securityConfigurationOf(resource: SecuredByConfiguration, configurations: Listing<GlueSecurityConfiguration>): GlueSecurityConfiguration | undefined {
  const name = resource.securityConfiguration;
  if (name === null) return undefined;
  const named = (configuration: GlueSecurityConfiguration) => configuration.name === name;
  return configurations.all(resource.region).find(named) ?? configurations.all().find(named);
}

/** Which encryption setting of a security configuration a check reads. */
export type GlueEncryptionTarget = 's3' | 'cloudWatch' | 'jobBookmarks';

const MODE_OF: Record<GlueEncryptionTarget, (configuration: GlueSecurityConfiguration) => string> = {
  s3: (configuration) => configuration.s3EncryptionMode,
  cloudWatch: (configuration) => configuration.cloudWatchEncryptionMode,
  jobBookmarks: (configuration) => configuration.jobBookmarksEncryptionMode,
};

/**
 * PASS when the resource's security configuration turns on `target` encryption (any mode but
 * DISABLED), FAIL when it does not or when the resource names no configuration that exists;
 * `withoutConfiguration` may judge that last case otherwise. `what` names the resource
 * ("Glue job nightly"), `encryption` the setting ("S3 encryption").
 */
export function judgeGlueEncryption(
  resource: SecuredByConfiguration,
  configurations: Listing<GlueSecurityConfiguration>,
  target: GlueEncryptionTarget,
  names: { what: string; encryption: string },
  withoutConfiguration?: () => Verdict | undefined,
): Verdict {
  const configuration = securityConfigurationOf(resource, configurations);
  if (!configuration) return withoutConfiguration?.() ?? fail(`${names.what} has no security configuration.`);
  return verdict(
    MODE_OF[target](configuration) !== 'DISABLED',
    `${names.what} has ${names.encryption} enabled by security configuration ${configuration.name}.`,
    `${names.what} does not have ${names.encryption} enabled: security configuration ${configuration.name} leaves it off.`,
  );
}
