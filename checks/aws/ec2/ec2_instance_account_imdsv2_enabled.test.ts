import { FIXTURE_ACCOUNT, testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { metadataDefaults } from '../../../test/helpers/fixtures/ec2-instances.js';
import check from './ec2_instance_account_imdsv2_enabled.js';

const ACCOUNT = FIXTURE_ACCOUNT.id;

testCheck(check, [
  { name: 'no regions read', expect: [] },
  {
    name: 'a region whose default requires IMDSv2 passes, reported on the account',
    given: ({ ec2 }) => ec2.instanceMetadataDefaults.add(metadataDefaults('eu-west-1')),
    expect: [{ status: 'PASS', resource: ACCOUNT, region: 'eu-west-1', detail: 'require IMDSv2' }],
  },
  {
    name: 'an optional or unset default fails',
    given: ({ ec2 }) => {
      ec2.instanceMetadataDefaults.add(metadataDefaults('eu-west-1', { httpTokens: 'optional' }));
      ec2.instanceMetadataDefaults.add(metadataDefaults('us-east-1', { httpTokens: null }));
    },
    expect: [
      { status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' },
      { status: 'FAIL', resource: ACCOUNT, region: 'us-east-1' },
    ],
  },
  {
    name: 'a region without instances is not judged unless unused services are scanned',
    given: ({ ec2 }) => ec2.instanceMetadataDefaults.add(metadataDefaults('eu-west-1', { httpTokens: null, hasInstances: false })),
    expect: [],
  },
  {
    name: 'with --scan-unused-services a region without instances is judged',
    options: { scanUnusedServices: true },
    given: ({ ec2 }) => ec2.instanceMetadataDefaults.add(metadataDefaults('eu-west-1', { httpTokens: null, hasInstances: false })),
    expect: [{ status: 'FAIL', resource: ACCOUNT, region: 'eu-west-1' }],
  },
  {
    name: 'instances that could not be listed leave the region unjudged',
    given: ({ ec2 }) => ec2.instanceMetadataDefaults.add(metadataDefaults('eu-west-1', { httpTokens: null, hasInstances: unreadBy('ec2', 'DescribeInstances') })),
    expect: [{ status: 'ERROR', resource: ACCOUNT, region: 'eu-west-1', detail: 'DescribeInstances' }],
  },
  {
    name: 'defaults that could not be read are an error in that region',
    given: ({ ec2 }) => ec2.instanceMetadataDefaults.fail({ region: 'us-east-1', operation: 'GetInstanceMetadataDefaults', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:GetInstanceMetadataDefaults', region: 'us-east-1' }],
  },
]);
