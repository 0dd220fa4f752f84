import { defineCheck, notApplicable, pass, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_instance_imdsv2_enabled',
  uses: { ec2: ['instances'] },
  run({ ec2 }, report) {
    report.each(ec2.instances, (instance) => {
      if (instance.state === 'terminated') return notApplicable('terminated');
      if (instance.metadataHttpEndpoint === 'disabled') return pass(`EC2 instance ${instance.id} has its metadata service turned off.`);
      return verdict(
        instance.metadataHttpEndpoint === 'enabled' && instance.metadataHttpTokens === 'required',
        `EC2 instance ${instance.id} answers metadata requests only with an IMDSv2 session token.`,
        `EC2 instance ${instance.id} does not require IMDSv2 session tokens for metadata requests.`,
      );
    });
  },
});
