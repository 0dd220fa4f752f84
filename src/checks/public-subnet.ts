import type { Subnet } from '../services/vpc/subnets.js';
import { need, type Listing } from '../services/resource-map.js';
import { firstWhere } from './report.js';

/**
 * The first of `subnetIds` (subnets of `region`) whose route table sends 0.0.0.0/0 to an internet
 * gateway; undefined when none does. A subnet that is no longer listed counts as private, as in
 * Prowler; the region's subnet listing is needed only when there are subnets to look up.
 */
export function firstPublicSubnet(subnets: Listing<Subnet>, region: string, subnetIds: readonly string[]): Subnet | undefined {
  if (subnetIds.length === 0) return undefined;
  const wanted = new Set(subnetIds);
  return firstWhere(
    subnets.all(region).filter((subnet) => wanted.has(subnet.id)),
    (subnet) => need(subnet.public),
  );
}
