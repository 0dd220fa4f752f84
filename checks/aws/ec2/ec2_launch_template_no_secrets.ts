import { defineCheck, fail, manual, need, pass } from '../../../src/checks/check.js';
import { describeSecrets } from '../../../src/secrets/detect.js';

export default defineCheck({
  id: 'ec2_launch_template_no_secrets',
  uses: { ec2: ['launchTemplates'] },
  run({ ec2 }, report) {
    report.each(ec2.launchTemplates, (template) => {
      const versions = need(template.versions);
      const withSecrets = versions.flatMap((version) =>
        version.userData.state === 'scanned' && version.userData.secrets.length > 0 ? [`version ${version.versionNumber}: ${describeSecrets(version.userData.secrets)}`] : [],
      );
      if (withSecrets.length > 0) return fail(`The user data of launch template ${template.name} looks like it holds secrets in ${withSecrets.join('; ')}.`);
      const undecodable = versions.filter((version) => version.userData.state === 'undecodable').map((version) => version.versionNumber);
      if (undecodable.length > 0) return manual(`The user data of launch template ${template.name} is not text in versions ${undecodable.join(', ')}; review it by hand for secrets.`);
      return pass(`No secrets found in the user data of any version of launch template ${template.name}.`);
    });
  },
});
