import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { launchTemplate, templateVersion } from '../../../test/helpers/fixtures/ec2-launch-templates.js';
import check from './ec2_launch_template_no_secrets.js';

const withSecret = { userData: { state: 'scanned' as const, secrets: [{ line: 4, kind: 'AWS access key' }] } };
const undecodable = { userData: { state: 'undecodable' as const } };
const empty = { userData: { state: 'empty' as const } };

testCheck(check, [
  { name: 'no launch templates', expect: [] },
  {
    name: 'clean and empty user data pass',
    given: ({ ec2 }) => ec2.launchTemplates.add(launchTemplate('lt-1', { versions: [templateVersion(1), templateVersion(2, empty)] })),
    expect: [{ status: 'PASS', resource: 'lt-1', region: 'eu-west-1' }],
  },
  {
    name: 'a secret in any version fails the template, naming version, kind and line',
    given: ({ ec2 }) => ec2.launchTemplates.add(launchTemplate('lt-1', { versions: [templateVersion(1, withSecret), templateVersion(2)] })),
    expect: [{ status: 'FAIL', resource: 'lt-1', detail: 'version 1: AWS access key on line 4' }],
  },
  {
    name: 'a secret wins over user data that could not be decoded',
    given: ({ ec2 }) => ec2.launchTemplates.add(launchTemplate('lt-1', { versions: [templateVersion(1, undecodable), templateVersion(2, withSecret)] })),
    expect: [{ status: 'FAIL', resource: 'lt-1', detail: 'version 2' }],
  },
  {
    name: 'undecodable user data without secrets elsewhere is left for manual review',
    given: ({ ec2 }) => ec2.launchTemplates.add(launchTemplate('lt-1', { versions: [templateVersion(1), templateVersion(2, undecodable)] })),
    expect: [{ status: 'MANUAL', resource: 'lt-1', detail: 'versions 2' }],
  },
  {
    name: 'a template without versions passes',
    given: ({ ec2 }) => ec2.launchTemplates.add(launchTemplate('lt-1', { versions: [] })),
    expect: [{ status: 'PASS', resource: 'lt-1' }],
  },
  {
    name: 'versions that could not be read are an error about the template',
    given: ({ ec2 }) => ec2.launchTemplates.add(launchTemplate('lt-1', { versions: unreadBy('ec2', 'DescribeLaunchTemplateVersions') })),
    expect: [{ status: 'ERROR', resource: 'lt-1', detail: 'DescribeLaunchTemplateVersions' }],
  },
  {
    name: 'a region whose templates could not be listed is an error there',
    given: ({ ec2 }) => ec2.launchTemplates.fail({ region: 'us-east-1', operation: 'DescribeLaunchTemplates', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeLaunchTemplates', region: 'us-east-1' }],
  },
]);
