import { testCheck } from '../../../test/helpers/check-cases.js';
import { ecsService } from '../../../test/helpers/fixtures/ecs.js';
import check from './ecs_service_fargate_latest_platform_version.js';

testCheck(check, [
  { name: 'no services', expect: [] },
  {
    name: 'Linux on the latest version or LATEST passes, an older one fails, non-Fargate services are not judged',
    given: ({ ecs }) => {
      ecs.services.add(ecsService('current'));
      ecs.services.add(ecsService('floating', { platformVersion: 'LATEST' }));
      ecs.services.add(ecsService('stale', { platformVersion: '1.3.0' }));
      ecs.services.add(ecsService('on-ec2', { launchType: 'EC2', platformVersion: null, platformFamily: null }));
      ecs.services.add(ecsService('by-capacity-provider', { launchType: null, platformVersion: '1.3.0' }));
    },
    expect: [
      { status: 'PASS', resource: 'main/current' },
      { status: 'PASS', resource: 'main/floating' },
      { status: 'FAIL', resource: 'main/stale', detail: '1.3.0' },
    ],
  },
  {
    name: 'Windows must name the Windows version exactly (LATEST fails, as in Prowler); other families pass',
    given: ({ ecs }) => {
      ecs.services.add(ecsService('win', { platformFamily: 'Windows', platformVersion: '1.0.0' }));
      ecs.services.add(ecsService('win-latest', { platformFamily: 'Windows', platformVersion: 'LATEST' }));
      ecs.services.add(ecsService('windows-server', { platformFamily: 'WINDOWS_SERVER_2019_CORE', platformVersion: '0.9.0' }));
    },
    expect: [
      { status: 'PASS', resource: 'main/win' },
      { status: 'FAIL', resource: 'main/win-latest' },
      { status: 'PASS', resource: 'main/windows-server' },
    ],
  },
  {
    name: 'the latest versions come from the config',
    config: { fargate_linux_latest_version: '1.5.0' },
    given: ({ ecs }) => ecs.services.add(ecsService('current')),
    expect: [{ status: 'FAIL', resource: 'main/current', detail: 'not the latest 1.5.0' }],
  },
  {
    name: 'a region whose services could not be listed is an error there',
    given: ({ ecs }) => ecs.services.fail({ region: 'eu-west-1', operation: 'ListServices', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'ecs:ListServices', region: 'eu-west-1' }],
  },
]);
