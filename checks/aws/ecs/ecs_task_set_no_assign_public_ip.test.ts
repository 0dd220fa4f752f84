import { testCheck } from '../../../test/helpers/check-cases.js';
import { taskSet } from '../../../test/helpers/fixtures/ecs.js';
import check from './ecs_task_set_no_assign_public_ip.js';

testCheck(check, [
  { name: 'no task sets', expect: [] },
  {
    name: 'only ENABLED fails',
    given: ({ ecs }) => {
      ecs.taskSets.add(taskSet('ecs-svc/1'));
      ecs.taskSets.add(taskSet('ecs-svc/2', { assignPublicIp: 'ENABLED' }));
    },
    expect: [
      { status: 'PASS', resource: 'ecs-svc/1' },
      { status: 'FAIL', resource: 'ecs-svc/2', detail: 'public IP' },
    ],
  },
  {
    name: 'a region whose services could not be listed is an error there',
    given: ({ ecs }) => ecs.taskSets.fail({ region: 'us-east-1', operation: 'ListServices', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'ecs:ListServices', region: 'us-east-1' }],
  },
]);
