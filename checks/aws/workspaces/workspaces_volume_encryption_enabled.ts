import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'workspaces_volume_encryption_enabled',
  uses: { workspaces: ['workspaces'] },
  run({ workspaces }, report) {
    report.each(workspaces.workspaces, (workspace) => {
      const unencrypted = [workspace.rootVolumeEncrypted ? [] : ['root'], workspace.userVolumeEncrypted ? [] : ['user']].flat();
      if (unencrypted.length === 0) return pass(`WorkSpace ${workspace.id} encrypts its root and user volumes.`);
      return fail(`WorkSpace ${workspace.id} leaves its ${unencrypted.join(' and ')} ${unencrypted.length > 1 ? 'volumes' : 'volume'} unencrypted.`);
    });
  },
});
