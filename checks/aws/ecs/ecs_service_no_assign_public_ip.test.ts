import { testCheck } from '../../../test/helpers/check-cases.js';
import { ecsService } from '../../../test/helpers/fixtures/ecs.js';
import check from './ecs_service_no_assign_public_ip.js';

testCheck(check, [
  { name: 'no services', expect: [] },
  {
    name: 'a service assigning public IPs fails, one that does not passes',
    given: ({ ecs }) => {
      ecs.services.add(ecsService('private'));
      ecs.services.add(ecsService('exposed', { assignPublicIp: true }));
    },
    expect: [
      { status: 'PASS', resource: 'main/private' },
      { status: 'FAIL', resource: 'main/exposed', detail: 'public IP' },
    ],
  },
  {
    name: 'a region whose services could not be described is an error there',
    given: ({ ecs }) => ecs.services.fail({ region: 'eu-west-1', operation: 'DescribeServices', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'ecs:DescribeServices', region: 'eu-west-1' }],
  },
]);
