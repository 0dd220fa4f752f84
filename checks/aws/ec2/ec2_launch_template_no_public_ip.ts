import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { isGlobalAddress } from '../../../src/checks/global-address.js';

export default defineCheck({
  id: 'ec2_launch_template_no_public_ip',
  uses: { ec2: ['launchTemplates'] },
  run({ ec2 }, report) {
    report.each(ec2.launchTemplates, (template) => {
      const versions = need(template.versions);
      const addresses = need(template.attachedInterfaceAddresses);
      const hasPublicAddress = (interfaceId: string) => (addresses[interfaceId] ?? []).some(isGlobalAddress);
      const assigning = versions.filter((version) => version.associatePublicIp).map((version) => version.versionNumber);
      const attachingPublic = versions.filter((version) => version.networkInterfaceIds.some(hasPublicAddress)).map((version) => version.versionNumber);
      const problems = [
        ...(assigning.length ? [`assigns a public IP at launch in versions ${assigning.join(', ')}`] : []),
        ...(attachingPublic.length ? [`attaches a network interface with a public address in versions ${attachingPublic.join(', ')}`] : []),
      ];
      return verdict(
        problems.length === 0,
        `Launch template ${template.name} gives its instances no public IP address.`,
        `Launch template ${template.name} ${problems.join(' and ')}.`,
      );
    });
  },
});
