import { defineCheck, notApplicable, need, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';
import type { DbParameterGroup } from '../../../src/services/rds/rds.js';

/** The engines (matched by substring, as Prowler does) whose instance parameter groups can require TLS. */
const TLS_ENGINES = ['sqlserver-se', 'sqlserver-ee', 'sqlserver-ex', 'sqlserver-web', 'postgres', 'aurora-postgresql', 'mysql', 'mariadb', 'aurora-mysql'];

/** The engines (exact names) that require TLS through rds.force_ssl; the others through require_secure_transport. */
const FORCE_SSL_ENGINES = new Set(['sqlserver-se', 'sqlserver-ee', 'sqlserver-ex', 'sqlserver-web', 'postgres', 'aurora-postgresql']);

const parameterIs = (groups: readonly DbParameterGroup[], name: string, value: string): boolean => groups.some((group) => need(group.parameters)[name] === value);

export default defineCheck({
  id: 'rds_instance_transport_encrypted',
  uses: { rds: ['instances', 'clusters', 'parameterGroups', 'clusterParameterGroups'] },
  run({ rds }, report) {
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      if (instance.clusterId !== null) return notApplicable(`RDS instance ${instance.id} takes its TLS setting from cluster ${instance.clusterId}.`);
      if (!TLS_ENGINES.some((engine) => instance.engine.includes(engine))) return notApplicable(`${instance.engine} cannot require TLS through a parameter group.`);
      const groups = rds.parameterGroups.all(instance.region).filter((group) => instance.parameterGroupNames.includes(group.name));
      const required = FORCE_SSL_ENGINES.has(instance.engine) ? parameterIs(groups, 'rds.force_ssl', '1') : parameterIs(groups, 'require_secure_transport', '1');
      return verdict(required, `RDS instance ${instance.id} connections use SSL encryption.`, `RDS instance ${instance.id} connections are not encrypted.`);
    });
    report.each(rds.clusters, (cluster) => {
      if (!judgedByRdsChecks(cluster)) return LEFT_TO_DOCUMENTDB;
      const groups = rds.clusterParameterGroups.all(cluster.region).filter((group) => group.name === cluster.parameterGroupName);
      const required = parameterIs(groups, 'rds.force_ssl', '1') || parameterIs(groups, 'require_secure_transport', 'ON');
      return verdict(required, `RDS cluster ${cluster.id} connections use SSL encryption.`, `RDS cluster ${cluster.id} connections are not encrypted.`);
    });
  },
});
