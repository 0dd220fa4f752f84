import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'inspector2_is_enabled',
  uses: { inspector2: ['accountStatus'], ecr: ['repositories'], lambda: ['functions'] },
  run({ inspector2, ecr, lambda, options }, report) {
    report.each(inspector2.accountStatus, (inspector) => {
      if (inspector.status !== 'ENABLED') return fail(`Inspector2 is not enabled in ${inspector.region}.`);
      const { region } = inspector;
      const inUse = (listing: { all(region: string): unknown[] }) => () => options.scanUnusedServices || listing.all(region).length > 0;
      const scanTypes = [
        // Prowler compares each EC2 instance with the region's name, which never matches: an EC2
        // scan that is off counts only when unused services are scanned.
        { name: 'EC2', status: inspector.ec2Status, counts: () => options.scanUnusedServices },
        { name: 'ECR', status: inspector.ecrStatus, counts: inUse(ecr.repositories) },
        { name: 'Lambda', status: inspector.lambdaStatus, counts: inUse(lambda.functions) },
        { name: 'Lambda Code', status: inspector.lambdaCodeStatus, counts: inUse(lambda.functions) },
      ];
      const off = scanTypes.filter(({ status, counts }) => status !== 'ENABLED' && counts()).map(({ name }) => name);
      if (off.length > 0) return fail(`Inspector2 is not enabled for these scan types in ${region}: ${off.join(', ')}.`);
      return pass(`Inspector2 is enabled in ${region} for EC2 instances, ECR images, Lambda functions and Lambda code.`);
    });
  },
});
