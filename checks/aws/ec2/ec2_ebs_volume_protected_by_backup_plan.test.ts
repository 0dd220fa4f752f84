import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { fixtureArn } from '../../../test/helpers/fixtures/account.js';
import { backupSelection } from '../../../test/helpers/fixtures/backup.js';
import { volume } from '../../../test/helpers/fixtures/ec2-storage.js';
import check from './ec2_ebs_volume_protected_by_backup_plan.js';

const volumeArn = fixtureArn('ec2', 'eu-west-1', 'volume/vol-1');

testCheck(check, [
  { name: 'no volumes', expect: [] },
  {
    name: 'a volume no selection names fails',
    given: ({ ec2, backup }) => {
      ec2.volumes.add(volume('vol-1'));
      backup.selections.add(backupSelection('sel-1', [fixtureArn('ec2', 'eu-west-1', 'volume/vol-2')]));
    },
    expect: [{ status: 'FAIL', resource: 'vol-1', region: 'eu-west-1', detail: 'in no backup plan' }],
  },
  ...[
    { name: 'its own ARN', resources: [volumeArn] },
    { name: 'the pattern for every volume', resources: ['arn:aws:ec2:*:*:volume/*'] },
    { name: 'everything', resources: ['*'] },
  ].map(({ name, resources }): CheckCase<typeof check.uses> => ({
    name: `a volume selected by ${name} passes`,
    given: ({ ec2, backup }) => {
      ec2.volumes.add(volume('vol-1'));
      backup.selections.add(backupSelection('sel-1', resources));
    },
    expect: [{ status: 'PASS', resource: 'vol-1', detail: 'is in a backup plan' }],
  })),
  {
    name: 'a selection in another region protects the volume, as Prowler pools them',
    given: ({ ec2, backup }) => {
      ec2.volumes.add(volume('vol-1'));
      backup.selections.add(backupSelection('sel-1', [volumeArn], { region: 'us-east-1' }));
    },
    expect: [{ status: 'PASS', resource: 'vol-1', region: 'eu-west-1' }],
  },
  {
    name: 'other patterns do not count, as in Prowler',
    given: ({ ec2, backup }) => {
      ec2.volumes.add(volume('vol-1'));
      backup.selections.add(backupSelection('sel-1', ['arn:aws:ec2:eu-west-1:111122223333:volume/*']));
    },
    expect: [{ status: 'FAIL', resource: 'vol-1' }],
  },
  {
    name: 'a volume found in a selection passes even when another region could not be read',
    given: ({ ec2, backup }) => {
      ec2.volumes.add(volume('vol-1'));
      backup.selections.add(backupSelection('sel-1', [volumeArn]));
      backup.selections.fail({ region: 'us-east-1', operation: 'ListBackupSelections', message: 'AccessDeniedException: denied' });
    },
    expect: [{ status: 'PASS', resource: 'vol-1' }],
  },
  {
    name: 'a volume not found while some selections are unread is an error, not a FAIL',
    given: ({ ec2, backup }) => {
      ec2.volumes.add(volume('vol-1'));
      backup.selections.fail({ region: 'us-east-1', operation: 'GetBackupSelection', message: 'AccessDeniedException: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'vol-1', region: 'eu-west-1', detail: 'GetBackupSelection' }],
  },
  {
    name: 'a region whose volumes could not be listed is an error there',
    given: ({ ec2 }) => ec2.volumes.fail({ region: 'us-east-1', operation: 'DescribeVolumes', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeVolumes', region: 'us-east-1' }],
  },
]);
