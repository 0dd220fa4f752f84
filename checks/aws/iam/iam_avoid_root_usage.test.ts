import type { AccessKeyStatus, CredentialReportEntry } from '../../../src/services/iam/iam.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import check from './iam_avoid_root_usage.js';

const NOW = new Date('2026-01-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

const NO_KEY: AccessKeyStatus = { active: false, lastRotated: null, lastUsed: null };
const keyUsed = (days: number): AccessKeyStatus => ({ active: true, lastRotated: daysAgo(500), lastUsed: daysAgo(days) });

function root(fields: Partial<CredentialReportEntry> = {}): CredentialReportEntry {
  return {
    arn: 'arn:aws:iam::111122223333:root',
    id: '<root_account>',
    region: 'us-east-1',
    tags: {},
    root: true,
    passwordEnabled: false,
    passwordLastUsed: null,
    mfaActive: true,
    accessKeys: [NO_KEY, NO_KEY],
    ...fields,
  };
}

testCheck(check, [
  { name: 'no credential report rows', expect: [] },
  {
    name: 'a root user never used passes',
    given: ({ iam }) => {
      iam.readTime = NOW;
      iam.credentialReport.add(root());
    },
    expect: [{ status: 'PASS', resource: '<root_account>', region: 'us-east-1', detail: 'not been used' }],
  },
  {
    name: 'a root password used two days ago passes',
    given: ({ iam }) => {
      iam.readTime = NOW;
      iam.credentialReport.add(root({ passwordLastUsed: daysAgo(2) }));
    },
    expect: [{ status: 'PASS', resource: '<root_account>' }],
  },
  {
    name: 'a root password used within the last day fails',
    given: ({ iam }) => {
      iam.readTime = NOW;
      iam.credentialReport.add(root({ passwordLastUsed: daysAgo(1.9) }));
    },
    expect: [{ status: 'FAIL', resource: '<root_account>', detail: 'last used 1 days ago' }],
  },
  {
    name: 'a root access key used today fails when the password was never used',
    given: ({ iam }) => {
      iam.readTime = NOW;
      iam.credentialReport.add(root({ accessKeys: [NO_KEY, keyUsed(0.2)] }));
    },
    expect: [{ status: 'FAIL', resource: '<root_account>', detail: 'last used 0 days ago' }],
  },
  {
    name: "as in Prowler, the password's last use decides over a more recent key use",
    given: ({ iam }) => {
      iam.readTime = NOW;
      iam.credentialReport.add(root({ passwordLastUsed: daysAgo(30), accessKeys: [keyUsed(0.5), NO_KEY] }));
    },
    expect: [{ status: 'PASS', resource: '<root_account>' }],
  },
  {
    name: 'IAM users are not judged',
    given: ({ iam }) => {
      iam.readTime = NOW;
      iam.credentialReport.add({ ...root({ passwordLastUsed: daysAgo(0) }), root: false, id: 'alice', arn: 'arn:aws:iam::111122223333:user/alice' });
    },
    expect: [],
  },
  {
    name: 'an unreadable credential report is an error',
    given: ({ iam }) =>
      iam.credentialReport.fail({ region: 'us-east-1', operation: 'GetCredentialReport', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetCredentialReport' }],
  },
]);
