import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { firstFound } from '../../../src/checks/first-found.js';

export default defineCheck({
  id: 'backup_vaults_exist',
  uses: { backup: ['vaults'] },
  run({ backup, account }, report) {
    const home = account.globalRegion;
    const subject = { arn: `arn:${account.partition}:backup:${home}:${account.id}:backup-vault`, id: account.id, region: home };
    report.about(subject, () => {
      const vault = firstFound(backup.vaults, account);
      if (vault) return pass(`The account has backup vaults, such as ${vault.name} in ${vault.region}.`, { arn: vault.arn, id: vault.id, region: vault.region, name: vault.name });
      backup.vaults.ensureListed();
      return fail('The account has no backup vault in any scanned region.');
    });
  },
});
