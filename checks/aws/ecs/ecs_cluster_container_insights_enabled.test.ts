import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { cluster } from '../../../test/helpers/fixtures/ecs.js';
import check from './ecs_cluster_container_insights_enabled.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'enabled and enhanced pass; disabled and unset fail',
    given: ({ ecs }) => {
      ecs.clusters.add(cluster('on'));
      ecs.clusters.add(cluster('deep', { containerInsights: 'enhanced' }));
      ecs.clusters.add(cluster('off', { containerInsights: 'disabled' }));
      ecs.clusters.add(cluster('unset', { containerInsights: null }));
    },
    expect: [
      { status: 'PASS', resource: 'on', detail: 'Container Insights enabled' },
      { status: 'PASS', resource: 'deep', detail: 'Container Insights enhanced' },
      { status: 'FAIL', resource: 'off' },
      { status: 'FAIL', resource: 'unset' },
    ],
  },
  {
    name: 'settings that could not be read are an error',
    given: ({ ecs }) => ecs.clusters.add(cluster('hidden', { containerInsights: unreadBy('ecs', 'DescribeClusters') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeClusters' }],
  },
  {
    name: 'a region whose clusters could not be listed is an error there',
    given: ({ ecs }) => ecs.clusters.fail({ region: 'eu-west-1', operation: 'ListClusters', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'ecs:ListClusters', region: 'eu-west-1' }],
  },
]);
