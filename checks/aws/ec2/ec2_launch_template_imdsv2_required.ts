import { defineCheck, need, pass, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_launch_template_imdsv2_required',
  uses: { ec2: ['launchTemplates'] },
  run({ ec2 }, report) {
    report.each(ec2.launchTemplates, (template) => {
      const versions = need(template.versions);
      const numbers = (list: typeof versions) => list.map((version) => version.versionNumber).join(', ');
      const requiring = versions.filter((version) => version.metadataHttpEndpoint === 'enabled' && version.metadataHttpTokens === 'required');
      // A version that does not mention the endpoint counts as switching it off, as Prowler counts it.
      const endpointOff = versions.filter((version) => version.metadataHttpEndpoint === 'disabled' || version.metadataHttpEndpoint === '');
      if (requiring.length > 0) return pass(`Launch template ${template.name} requires IMDSv2 in versions ${numbers(requiring)}.`);
      return verdict(
        endpointOff.length > 0,
        `Launch template ${template.name} switches the metadata service off in versions ${numbers(endpointOff)}.`,
        `Launch template ${template.name} requires IMDSv2 in none of its versions${versions.length ? ` (${numbers(versions)})` : ''}.`,
      );
    });
  },
});
