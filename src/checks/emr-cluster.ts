import type { EmrClusterNodes } from '../services/emr/emr.js';

/**
 * Whether an EMR cluster's master node has a public address. Prowler reads it from the master's
 * public DNS name: public names end in amazonaws.com, while a private master's "public" name is
 * its internal ip-....compute.internal name.
 */
export function hasPublicMaster(nodes: EmrClusterNodes): boolean {
  return nodes.masterPublicDnsName !== null && nodes.masterPublicDnsName.includes('.amazonaws.com');
}
