import { HOST_SCOPE_NOTE } from '../../../src/checks/confidential-workload.js';
import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

/** States in which the host's enclaves are gone: they live only while their parent runs. */
const ENCLAVES_GONE = new Set(['stopped', 'shutting-down', 'terminated']);

export default defineCheck({
  id: 'ec2_confidential_workload_host_not_running',
  uses: { ec2: ['instances'] },
  run({ ec2 }, report) {
    report.each(ec2.instances, (instance) => {
      // Unlike the other host checks, hosts going away are judged here: that is the finding.
      if (!instance.enclavesEnabled) return notApplicable('Nitro Enclaves not enabled');
      return verdict(
        !ENCLAVES_GONE.has(instance.state),
        `Enclave host ${instance.id} is ${instance.state}, so its enclaves can run. ${HOST_SCOPE_NOTE}`,
        `Enclave host ${instance.id} is ${instance.state}: its enclaves no longer exist. ${HOST_SCOPE_NOTE}`,
      );
    });
  },
});
