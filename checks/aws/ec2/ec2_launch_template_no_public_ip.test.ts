import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { launchTemplate, templateVersion } from '../../../test/helpers/fixtures/ec2-launch-templates.js';
import check from './ec2_launch_template_no_public_ip.js';

testCheck(check, [
  { name: 'no launch templates', expect: [] },
  {
    name: 'a template without public addressing passes',
    given: ({ ec2 }) => ec2.launchTemplates.add(launchTemplate('lt-1', { versions: [templateVersion(1), templateVersion(2)] })),
    expect: [{ status: 'PASS', resource: 'lt-1', region: 'eu-west-1' }],
  },
  {
    name: 'a version assigning a public IP at launch fails the template',
    given: ({ ec2 }) => ec2.launchTemplates.add(launchTemplate('lt-1', { versions: [templateVersion(1), templateVersion(2, { associatePublicIp: true })] })),
    expect: [{ status: 'FAIL', resource: 'lt-1', detail: 'assigns a public IP at launch in versions 2' }],
  },
  {
    name: 'a version attaching an interface with a public IPv4 or global IPv6 address fails',
    given: ({ ec2 }) => {
      ec2.launchTemplates.add(
        launchTemplate('lt-v4', { versions: [templateVersion(4, { networkInterfaceIds: ['eni-1'] })], attachedInterfaceAddresses: { 'eni-1': ['10.0.0.4', '54.1.2.3'] } }),
      );
      ec2.launchTemplates.add(
        launchTemplate('lt-v6', { versions: [templateVersion(1, { networkInterfaceIds: ['eni-2'] })], attachedInterfaceAddresses: { 'eni-2': ['2600:1f18::1'] } }),
      );
    },
    expect: [
      { status: 'FAIL', resource: 'lt-v4', detail: 'attaches a network interface with a public address in versions 4' },
      { status: 'FAIL', resource: 'lt-v6' },
    ],
  },
  {
    name: 'interfaces with only private addresses, or that no longer exist, pass',
    given: ({ ec2 }) =>
      ec2.launchTemplates.add(
        launchTemplate('lt-1', {
          versions: [templateVersion(1, { networkInterfaceIds: ['eni-private', 'eni-gone'] })],
          attachedInterfaceAddresses: { 'eni-private': ['10.0.0.4', '100.64.0.9', 'fe80::1'] },
        }),
      ),
    expect: [{ status: 'PASS', resource: 'lt-1' }],
  },
  {
    name: 'both problems are named together',
    given: ({ ec2 }) =>
      ec2.launchTemplates.add(
        launchTemplate('lt-1', {
          versions: [templateVersion(1, { associatePublicIp: true }), templateVersion(2, { networkInterfaceIds: ['eni-1'] })],
          attachedInterfaceAddresses: { 'eni-1': ['54.1.2.3'] },
        }),
      ),
    expect: [{ status: 'FAIL', resource: 'lt-1', detail: 'in versions 1 and attaches' }],
  },
  {
    name: 'interfaces that could not be read are an error about the template',
    given: ({ ec2 }) =>
      ec2.launchTemplates.add(
        launchTemplate('lt-1', { versions: [templateVersion(1, { networkInterfaceIds: ['eni-1'] })], attachedInterfaceAddresses: unreadBy('ec2', 'DescribeNetworkInterfaces') }),
      ),
    expect: [{ status: 'ERROR', resource: 'lt-1', detail: 'DescribeNetworkInterfaces' }],
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
