import type { AccountScope } from '../provider/provider.js';
import type { AwsResource, Listing } from '../services/resource-map.js';
import type { ShieldProtection, ShieldSubscription } from '../services/shield/shield.js';
import { fail, notApplicable, pass, type Report, type Subject } from './report.js';

interface ShieldAdvancedData {
  subscription: Listing<ShieldSubscription>;
  protections: Listing<ShieldProtection>;
}

/** How a Shield check names one resource; `undefined` for a resource it does not judge. */
type Described = { what: string; subject?: Partial<Subject> } | undefined;

/**
 * Judges whether each resource is covered by a Shield Advanced protection, as Prowler's Shield
 * checks do: nothing at all is reported unless the account subscribes to Shield Advanced, and
 * every finding is placed in the global region, where Shield is read, whatever the resource's.
 * Unreadable subscription state or protections end the whole check as one ERROR.
 */
export function judgeShieldProtection<T extends AwsResource>(
  shield: ShieldAdvancedData,
  account: AccountScope,
  report: Report,
  resources: Listing<T>,
  describe: (resource: T) => Described,
): void {
  if (!shield.subscription.all().some((subscription) => subscription.active)) return;
  const protectedArns = new Set(shield.protections.all().map((protection) => protection.resourceArn));
  report.each(resources, (resource) => {
    const described = describe(resource);
    if (!described) return notApplicable('not a kind of resource this check protects');
    const subject = { region: account.globalRegion, ...described.subject };
    return protectedArns.has(resource.arn)
      ? pass(`${described.what} is protected by AWS Shield Advanced.`, subject)
      : fail(`${described.what} is not protected by AWS Shield Advanced.`, subject);
  });
}
