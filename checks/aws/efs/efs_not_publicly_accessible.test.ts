import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { efsPolicy, openStatement } from '../../../test/helpers/fixtures/efs.js';
import check from './efs_not_publicly_accessible.js';

const ownRole = { Effect: 'Allow' as const, Principal: { AWS: ['arn:aws:iam::123456789012:role/app'] }, Action: ['elasticfilesystem:ClientMount'] };

testCheck(check, [
  { name: 'no file systems', expect: [] },
  {
    name: 'no policy fails; a public policy fails unless every statement requires a mount target',
    given: ({ efs }) => {
      efs.fileSystemPolicies.add(efsPolicy('fs-none', null));
      efs.fileSystemPolicies.add(efsPolicy('fs-named', { Statement: [ownRole] }));
      efs.fileSystemPolicies.add(efsPolicy('fs-open', { Statement: [openStatement()] }));
      efs.fileSystemPolicies.add(efsPolicy('fs-via-mount', { Statement: [openStatement(true)] }));
      // Prowler asks whether any statement lacks the condition, not whether the public one does.
      efs.fileSystemPolicies.add(efsPolicy('fs-mixed', { Statement: [openStatement(true), ownRole] }));
      efs.fileSystemPolicies.add(
        efsPolicy('fs-org', {
          Statement: [{ ...openStatement(), Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }],
        }),
      );
    },
    expect: [
      { status: 'FAIL', resource: 'fs-none', detail: 'no file system policy' },
      { status: 'PASS', resource: 'fs-named' },
      { status: 'FAIL', resource: 'fs-open', detail: 'opens it to any client' },
      { status: 'PASS', resource: 'fs-via-mount' },
      { status: 'FAIL', resource: 'fs-mixed' },
      { status: 'PASS', resource: 'fs-org' },
    ],
  },
  {
    name: 'only the string "true" counts as requiring a mount target, as Prowler compares it',
    given: ({ efs }) => efs.fileSystemPolicies.add(efsPolicy('fs-1', { Statement: [{ ...openStatement(), Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': true } } }] })),
    expect: [{ status: 'FAIL', resource: 'fs-1' }],
  },
  { name: 'an unread policy is an error', given: ({ efs }) => efs.fileSystemPolicies.add(efsPolicy('fs-1', unreadBy('efs', 'DescribeFileSystemPolicy'))), expect: [{ status: 'ERROR', resource: 'fs-1', detail: 'DescribeFileSystemPolicy' }] },
  {
    name: 'a failed listing is an error',
    given: ({ efs }) => efs.fileSystemPolicies.fail({ region: 'eu-west-1', operation: 'DescribeFileSystems', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'efs:DescribeFileSystems' }],
  },
]);
