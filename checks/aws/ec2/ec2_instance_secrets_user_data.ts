import { defineCheck, fail, manual, need, notApplicable, pass } from '../../../src/checks/check.js';
import { describeSecrets } from '../../../src/secrets/detect.js';

export default defineCheck({
  id: 'ec2_instance_secrets_user_data',
  uses: { ec2: ['instanceUserData'] },
  run({ ec2 }, report) {
    report.each(ec2.instanceUserData, (instance) => {
      if (instance.state === 'terminated') return notApplicable('terminated');
      const userData = need(instance.userData);
      switch (userData.state) {
        case 'empty':
          return pass(`EC2 instance ${instance.id} has no user data to hold secrets.`);
        case 'undecodable':
          return manual(`The user data of EC2 instance ${instance.id} is not text (nor gzipped text); review it by hand for secrets.`);
        case 'scanned':
          return userData.secrets.length > 0
            ? fail(`The user data of EC2 instance ${instance.id} looks like it holds secrets: ${describeSecrets(userData.secrets)}.`)
            : pass(`No secrets found in the user data of EC2 instance ${instance.id}.`);
      }
    });
  },
});
