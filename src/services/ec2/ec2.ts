import connectivity from './connectivity.js';
import instances from './instances.js';
import launchTemplates from './launch-templates.js';
import networkAcls from './network-acls.js';
import securityGroups from './security-groups.js';
import storage from './storage.js';

/**
 * EC2's collections, one file per area so that a check reads only what it needs: instances,
 * launch templates, security groups with the network interfaces that carry them, network ACLs,
 * EBS and AMIs, and the edges of the network (addresses, transit gateways, VPN endpoints).
 */
export default { ...instances, ...launchTemplates, ...securityGroups, ...networkAcls, ...storage, ...connectivity };

export type * from './connectivity.js';
export type * from './instances.js';
export type * from './launch-templates.js';
export type * from './network-acls.js';
export type * from './network-interfaces.js';
export type * from './security-groups.js';
export type * from './storage.js';
