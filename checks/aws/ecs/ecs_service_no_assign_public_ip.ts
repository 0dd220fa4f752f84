import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecs_service_no_assign_public_ip',
  uses: { ecs: ['services'] },
  run({ ecs }, report) {
    report.each(ecs.services, (service) =>
      verdict(
        !service.assignPublicIp,
        `ECS service ${service.name} does not give its tasks public IP addresses.`,
        `ECS service ${service.name} gives its tasks public IP addresses automatically.`,
      ),
    );
  },
});
