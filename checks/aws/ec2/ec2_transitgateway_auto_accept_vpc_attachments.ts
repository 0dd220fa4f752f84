import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_transitgateway_auto_accept_vpc_attachments',
  uses: { ec2: ['transitGateways'] },
  run({ ec2 }, report) {
    report.each(ec2.transitGateways, (gateway) =>
      verdict(
        !gateway.autoAcceptSharedAttachments,
        `Transit gateway ${gateway.id} in ${gateway.region} does not accept shared attachments automatically.`,
        `Transit gateway ${gateway.id} in ${gateway.region} accepts attachments shared from other accounts automatically.`,
      ),
    );
  },
});
