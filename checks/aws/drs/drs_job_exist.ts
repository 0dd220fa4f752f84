import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'drs_job_exist',
  uses: { drs: ['regionStatus'] },
  run({ drs }, report) {
    report.each(drs.regionStatus, (status) => {
      if (!status.initialized) return fail(`Elastic Disaster Recovery is not set up in ${status.region}.`);
      if (status.jobIds.length === 0) return fail(`Elastic Disaster Recovery is set up in ${status.region} but has never run a job.`);
      return pass(`Elastic Disaster Recovery is set up in ${status.region} and has ${status.jobIds.length} recovery ${status.jobIds.length === 1 ? 'job' : 'jobs'}.`);
    });
  },
});
