import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { launchTemplate, templateVersion } from '../../../test/helpers/fixtures/ec2-launch-templates.js';
import check from './ec2_launch_template_imdsv2_required.js';

const imdsv1 = { metadataHttpTokens: 'optional', metadataHttpEndpoint: 'enabled' };

testCheck(check, [
  { name: 'no launch templates', expect: [] },
  {
    name: 'one version requiring IMDSv2 passes the template, whatever the others allow',
    given: ({ ec2 }) => ec2.launchTemplates.add(launchTemplate('lt-1', { versions: [templateVersion(1, imdsv1), templateVersion(2)] })),
    expect: [{ status: 'PASS', resource: 'lt-1', region: 'eu-west-1', detail: 'versions 2' }],
  },
  {
    name: 'a version with the endpoint off, or not set, passes when none requires IMDSv2',
    given: ({ ec2 }) => {
      ec2.launchTemplates.add(launchTemplate('lt-off', { versions: [templateVersion(1, imdsv1), templateVersion(2, { metadataHttpEndpoint: 'disabled', metadataHttpTokens: 'optional' })] }));
      ec2.launchTemplates.add(launchTemplate('lt-unset', { versions: [templateVersion(1, { metadataHttpEndpoint: '', metadataHttpTokens: '' })] }));
    },
    expect: [
      { status: 'PASS', resource: 'lt-off', detail: 'off in versions 2' },
      { status: 'PASS', resource: 'lt-unset', detail: 'versions 1' },
    ],
  },
  {
    name: 'tokens required while the endpoint is unset counts as unset, not as required',
    given: ({ ec2 }) => ec2.launchTemplates.add(launchTemplate('lt-1', { versions: [templateVersion(3, { metadataHttpEndpoint: '', metadataHttpTokens: 'required' })] })),
    expect: [{ status: 'PASS', resource: 'lt-1', detail: 'off in versions 3' }],
  },
  {
    name: 'every version allowing IMDSv1 fails',
    given: ({ ec2 }) => ec2.launchTemplates.add(launchTemplate('lt-1', { versions: [templateVersion(1, imdsv1), templateVersion(2, { ...imdsv1, metadataHttpTokens: '' })] })),
    expect: [{ status: 'FAIL', resource: 'lt-1', detail: '(1, 2)' }],
  },
  {
    name: 'a template without versions fails',
    given: ({ ec2 }) => ec2.launchTemplates.add(launchTemplate('lt-1', { versions: [] })),
    expect: [{ status: 'FAIL', resource: 'lt-1' }],
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
