import { HOST_SCOPE_NOTE, isConfidentialWorkloadHost } from '../../../src/checks/confidential-workload.js';
import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ec2_confidential_workload_host_imdsv2_not_enforced',
  uses: { ec2: ['instances'] },
  run({ ec2 }, report) {
    report.each(ec2.instances, (instance) => {
      if (!isConfidentialWorkloadHost(instance)) return notApplicable('not a confidential-workload host in a settled state');
      return verdict(
        instance.metadataHttpTokens === 'required',
        `Enclave host ${instance.id} requires IMDSv2 session tokens. ${HOST_SCOPE_NOTE}`,
        `Enclave host ${instance.id} still accepts IMDSv1 requests (HttpTokens ${instance.metadataHttpTokens ?? 'not reported'}). ${HOST_SCOPE_NOTE}`,
      );
    });
  },
});
