import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_instance_with_outdated_ami',
  uses: { ec2: ['instances', 'instanceImages'] },
  run({ ec2, account }, report) {
    report.each(ec2.instances, (instance) => {
      const image = ec2.instanceImages.all(instance.region).find((candidate) => candidate.id === instance.imageId);
      // Only AMIs Amazon publishes have a deprecation the account did not choose itself; an AMI the
      // account owns is its own, whatever alias it carries (Prowler lists the account's AMIs first).
      const publishedByAmazon = image !== undefined && image.ownerAlias === 'amazon' && image.ownerId !== account.id;
      if (!image || !publishedByAmazon) return notApplicable('not launched from an Amazon AMI that can still be described');
      const deprecated = image.deprecationTime !== null && image.deprecationTime < image.readAt;
      return verdict(
        !deprecated,
        `EC2 instance ${instance.id} runs Amazon AMI ${image.id}, which is not deprecated.`,
        `EC2 instance ${instance.id} runs Amazon AMI ${image.id}, deprecated since ${image.deprecationTime?.toISOString()}.`,
      );
    });
  },
});
