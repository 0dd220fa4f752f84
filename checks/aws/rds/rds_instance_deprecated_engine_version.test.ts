import { testCheck } from '../../../test/helpers/check-cases.js';
import { dbInstance, engineVersions } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_instance_deprecated_engine_version.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: "an instance passes when its region still offers its engine's version",
    given: ({ rds }) => {
      rds.engineVersions.add(engineVersions('mysql', ['8.0.39', '8.0.40']));
      rds.engineVersions.add(engineVersions('mysql', ['8.0.40'], 'us-east-1'));
      rds.instances.add(dbInstance('current'));
      rds.instances.add(dbInstance('old', { engineVersion: '5.7.12' }));
      rds.instances.add(dbInstance('elsewhere', { engineVersion: '8.0.39', region: 'us-east-1' }));
      rds.instances.add(dbInstance('unknown-engine', { engine: 'mariadb', engineVersion: '10.6.14' }));
    },
    expect: [
      { status: 'PASS', resource: 'current' },
      { status: 'FAIL', resource: 'old', detail: 'mysql 5.7.12, a deprecated version' },
      { status: 'FAIL', resource: 'elsewhere', region: 'us-east-1' },
      { status: 'FAIL', resource: 'unknown-engine' },
    ],
  },
  { name: 'DocumentDB is left to its own checks', given: ({ rds }) => rds.instances.add(dbInstance('docs', { engine: 'docdb' })), expect: [] },
  {
    name: "an instance is an error while its region's engine versions are unknown",
    given: ({ rds }) => {
      rds.instances.add(dbInstance('current'));
      rds.engineVersions.fail({ region: 'eu-west-1', operation: 'DescribeDBEngineVersions', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'current', detail: 'DescribeDBEngineVersions' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.instances.fail({ region: 'eu-west-1', operation: 'DescribeDBInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBInstances' }],
  },
]);
