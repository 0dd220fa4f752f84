import { defineCheck, fail, notApplicable, pass } from '../../../src/checks/check.js';

const INSIDE_VPC_CHECK = 'awslambda_function_inside_vpc';

export default defineCheck({
  id: 'awslambda_function_vpc_multi_az',
  uses: { lambda: ['functions'], vpc: ['subnets'] },
  config: ['lambda_min_azs'],
  run({ lambda, vpc, config, checksInScan }, report) {
    const minimum = config.lambda_min_azs;
    report.each(lambda.functions, (fn) => {
      if (fn.vpcId === undefined) {
        // Reported once: by the inside-VPC check when it runs, here otherwise.
        if (checksInScan.has(INSIDE_VPC_CHECK)) return notApplicable(`not in a VPC, which ${INSIDE_VPC_CHECK} reports`);
        return fail(`Lambda function ${fn.name} is not attached to a VPC.`);
      }
      // Subnets the scan does not know of (deleted since) add no zone.
      const zones = [...new Set(vpc.subnets.all(fn.region).filter((subnet) => fn.subnetIds.includes(subnet.id)).map((subnet) => subnet.availabilityZone))];
      const where = `${zones.length} Availability Zone${zones.length === 1 ? '' : 's'}${zones.length > 0 ? ` (${zones.join(', ')})` : ''}`;
      return zones.length >= minimum
        ? pass(`Lambda function ${fn.name} in VPC ${fn.vpcId} has subnets in ${where}, at least the ${minimum} required.`)
        : fail(`Lambda function ${fn.name} in VPC ${fn.vpcId} has subnets in only ${where}; at least ${minimum} are required.`);
    });
  },
});
