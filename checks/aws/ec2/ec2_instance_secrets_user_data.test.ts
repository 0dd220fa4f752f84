import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { instanceWithUserData, scannedUserData } from '../../../test/helpers/fixtures/ec2-instances.js';
import check from './ec2_instance_secrets_user_data.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'user data with secrets fails, naming each kind and line but no value',
    given: ({ ec2 }) =>
      ec2.instanceUserData.add(instanceWithUserData('i-1', { userData: scannedUserData({ line: 2, kind: 'AWS access key' }, { line: 7, kind: 'Private key' }) })),
    expect: [{ status: 'FAIL', resource: 'i-1', region: 'eu-west-1', detail: 'AWS access key on line 2, Private key on line 7' }],
  },
  {
    name: 'scanned user data without secrets passes',
    given: ({ ec2 }) => ec2.instanceUserData.add(instanceWithUserData('i-1')),
    expect: [{ status: 'PASS', resource: 'i-1', detail: 'No secrets found' }],
  },
  {
    name: 'empty user data passes',
    given: ({ ec2 }) => ec2.instanceUserData.add(instanceWithUserData('i-1', { userData: { state: 'empty' } })),
    expect: [{ status: 'PASS', resource: 'i-1', detail: 'no user data' }],
  },
  {
    name: 'user data that is not text is left for manual review',
    given: ({ ec2 }) => ec2.instanceUserData.add(instanceWithUserData('i-1', { userData: { state: 'undecodable' } })),
    expect: [{ status: 'MANUAL', resource: 'i-1' }],
  },
  {
    name: 'terminated instances are not judged',
    given: ({ ec2 }) => ec2.instanceUserData.add(instanceWithUserData('i-gone', { state: 'terminated', userData: scannedUserData({ line: 1, kind: 'AWS access key' }) })),
    expect: [],
  },
  {
    name: 'user data that could not be read is an error about that instance',
    given: ({ ec2 }) => ec2.instanceUserData.add(instanceWithUserData('i-1', { userData: unreadBy('ec2', 'DescribeInstanceAttribute') })),
    expect: [{ status: 'ERROR', resource: 'i-1', detail: 'DescribeInstanceAttribute' }],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instanceUserData.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
  },
]);
