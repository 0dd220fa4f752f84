import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_ami_public',
  service: 'ec2',
  title: 'AMIs owned by the account are not public',
  severity: 'critical',
  resourceType: 'Other',
  categories: ['internet-exposed'],
  checkType: ['Software and Configuration Checks/AWS Security Best Practices', 'Effects/Data Exposure'],
  description:
    'Looks at every machine image (AMI) the account owns and flags those whose launch permission is granted to the group "all", which makes them public.',
  risk:
    'Anyone can launch a public AMI and read its disks: application code, configuration, embedded keys and any data left in the image.',
  relatedUrl: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html',
  remediation: {
    text: 'Remove the public launch permission and share the image only with the accounts or organization that need it; turn on block public access for AMIs.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/cancel-sharing-an-AMI.html',
    cli: 'aws ec2 modify-image-attribute --image-id <ami-id> --launch-permission "Remove=[{Group=all}]"',
  },
  uses: ['ec2'],
  run({ ec2 }, report) {
    for (const image of report.from(ec2.images)) {
      const label = image.name || image.id;
      report.verdict(!image.public, image, `AMI ${label} is not public.`, `AMI ${label} is public: any AWS account can launch it.`);
    }
  },
});
