import { testCheck } from '../../../test/helpers/check-cases.js';
import { image } from '../../../test/helpers/fixtures/ec2-storage.js';
import check from './ec2_ami_public.js';

testCheck(check, [
  { name: 'no images', expect: [] },
  {
    name: 'a private image passes, named by its image name',
    given: ({ ec2 }) => ec2.images.add(image('ami-1', { name: 'golden-base' })),
    expect: [{ status: 'PASS', resource: 'ami-1', region: 'eu-west-1', detail: 'AMI golden-base is not public' }],
  },
  {
    name: 'a public image fails, named by its ID when it has no name',
    given: ({ ec2 }) => ec2.images.add(image('ami-1', { public: true })),
    expect: [{ status: 'FAIL', resource: 'ami-1', detail: 'AMI ami-1 is public' }],
  },
  {
    name: 'a region whose images could not be listed is an error there',
    given: ({ ec2 }) => {
      ec2.images.add(image('ami-1'));
      ec2.images.fail({ region: 'us-east-1', operation: 'DescribeImages', message: 'UnauthorizedOperation: denied' });
    },
    expect: [
      { status: 'PASS', resource: 'ami-1', region: 'eu-west-1' },
      { status: 'ERROR', resource: 'ec2:DescribeImages', region: 'us-east-1', detail: 'Could not list ec2 images' },
    ],
  },
]);
