import { defineCheck, fail, manual, notApplicable, pass } from '../../../src/checks/check.js';

/** Redis 6.0 brought ACLs, which replace the single AUTH token as the way to require credentials. */
const ACL_VERSION = [6, 0];

/** Whether a dotted engine version ("5.0.6", "7.1") is older than `than`; a part that is not a number counts as 0. */
function olderThan(version: string, than: readonly number[]): boolean {
  const parts = version.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let index = 0; index < Math.max(parts.length, than.length); index += 1) {
    const difference = (parts[index] ?? 0) - (than[index] ?? 0);
    if (difference !== 0) return difference < 0;
  }
  return false;
}

export default defineCheck({
  id: 'elasticache_redis_replication_group_auth_enabled',
  uses: { elasticache: ['replicationGroups', 'clusters'] },
  run({ elasticache }, report) {
    report.each(elasticache.replicationGroups, (group) => {
      // A group reports no engine version; its nodes all run the same one, so its first member's stands for it.
      const [firstMember] = group.memberClusters;
      let engineVersion = '0.0';
      if (firstMember !== undefined) {
        const member = elasticache.clusters.all(group.region).find((cluster) => cluster.id === firstMember);
        // Prowler drops a group whose first member is not among the listed clusters.
        if (!member) return notApplicable(`its first member cluster ${firstMember} was not listed, so its engine version is unknown`);
        engineVersion = member.engineVersion;
      }
      if (!olderThan(engineVersion, ACL_VERSION)) {
        return manual(`ElastiCache replication group ${group.id} runs engine ${engineVersion}, which controls access with ACLs: review its user groups.`);
      }
      if (group.authTokenEnabled) return pass(`ElastiCache replication group ${group.id} (engine ${engineVersion}) requires an AUTH token.`);
      return fail(`ElastiCache replication group ${group.id} (engine ${engineVersion}) does not require an AUTH token.`);
    });
  },
});
