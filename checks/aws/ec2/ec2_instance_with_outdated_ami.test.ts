import { FIXTURE_ACCOUNT, testCheck } from '../../../test/helpers/check-cases.js';
import { daysBeforeRead, instance, instanceImage, READ_AT } from '../../../test/helpers/fixtures/ec2-instances.js';
import check from './ec2_instance_with_outdated_ami.js';

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'an Amazon AMI deprecated in the past fails; one deprecated later or never passes',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-old', { imageId: 'ami-old' }));
      ec2.instances.add(instance('i-soon', { imageId: 'ami-soon' }));
      ec2.instances.add(instance('i-current', { imageId: 'ami-current' }));
      ec2.instanceImages.add(instanceImage('ami-old', { deprecationTime: daysBeforeRead(1) }));
      ec2.instanceImages.add(instanceImage('ami-soon', { deprecationTime: new Date(READ_AT.getTime() + 86_400_000) }));
      ec2.instanceImages.add(instanceImage('ami-current'));
    },
    expect: [
      { status: 'FAIL', resource: 'i-old', region: 'eu-west-1', detail: 'ami-old' },
      { status: 'PASS', resource: 'i-soon' },
      { status: 'PASS', resource: 'i-current' },
    ],
  },
  {
    name: "instances on a non-Amazon AMI, the account's own AMI (whatever its alias), or an AMI no longer described, are not judged",
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-own', { imageId: 'ami-own' }));
      ec2.instances.add(instance('i-own-alias', { imageId: 'ami-own-alias' }));
      ec2.instanceImages.add(instanceImage('ami-own-alias', { ownerId: FIXTURE_ACCOUNT.id, deprecationTime: daysBeforeRead(100) }));
      ec2.instances.add(instance('i-gone', { imageId: 'ami-gone' }));
      ec2.instances.add(instance('i-none', { imageId: null }));
      ec2.instanceImages.add(instanceImage('ami-own', { ownerId: '444455556666', ownerAlias: null, deprecationTime: daysBeforeRead(100) }));
    },
    expect: [],
  },
  {
    name: 'images with the same ID in another region are not mistaken for the instance one',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-1', { imageId: 'ami-1' }));
      ec2.instanceImages.add(instanceImage('ami-1', { region: 'us-east-1', deprecationTime: daysBeforeRead(3) }));
    },
    expect: [],
  },
  {
    name: 'images that could not be read in the instance region leave it unjudged',
    given: ({ ec2 }) => {
      ec2.instances.add(instance('i-1'));
      ec2.instanceImages.fail({ region: 'eu-west-1', operation: 'DescribeImages', message: 'UnauthorizedOperation: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'i-1', detail: 'DescribeImages' }],
  },
  {
    name: 'a region whose instances could not be listed is an error there',
    given: ({ ec2 }) => ec2.instances.fail({ region: 'us-east-1', operation: 'DescribeInstances', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeInstances', region: 'us-east-1' }],
  },
]);
