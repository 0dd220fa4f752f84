import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';

/** Prowler fails a directory this few manual snapshots short of its quota, or closer. */
const SNAPSHOTS_LEFT_THRESHOLD = 2;

export default defineCheck({
  id: 'directoryservice_directory_snapshots_limit',
  uses: { directoryservice: ['directorySnapshotLimits'] },
  run({ directoryservice }, report) {
    report.each(directoryservice.directorySnapshotLimits, (directory) => {
      const limits = need(directory.snapshotLimits);
      if (!limits) return notApplicable('the directory is being deleted, so AWS gives no snapshot limits');
      const { manualSnapshotsLimit: limit, manualSnapshotsCurrentCount: taken } = limits;
      if (limits.manualSnapshotsLimitReached) return fail(`Directory ${directory.id} has reached its quota of ${limit} manual snapshots.`);
      if (limit - taken <= SNAPSHOTS_LEFT_THRESHOLD) return fail(`Directory ${directory.id} has ${taken} of its ${limit} manual snapshots: nearly at the quota.`);
      return pass(`Directory ${directory.id} has ${taken} of its ${limit} manual snapshots.`);
    });
  },
});
