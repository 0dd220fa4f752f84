import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecs_service_fargate_latest_platform_version',
  uses: { ecs: ['services'] },
  config: ['fargate_linux_latest_version', 'fargate_windows_latest_version'],
  run({ ecs, config }, report) {
    report.each(ecs.services, (service) => {
      if (service.launchType !== 'FARGATE') return notApplicable('not launched on Fargate');
      const { platformFamily: family, platformVersion: version } = service;
      const latest = family === 'Linux' ? config.fargate_linux_latest_version : config.fargate_windows_latest_version;
      // As Prowler decides: LATEST exempts Linux services only, and other families always pass.
      const outdated = (family === 'Linux' && version !== 'LATEST' && version !== config.fargate_linux_latest_version) || (family === 'Windows' && version !== config.fargate_windows_latest_version);
      return verdict(
        !outdated,
        `ECS service ${service.name} runs on the latest Fargate ${family ?? ''} platform version ${latest}.`,
        `ECS service ${service.name} runs on Fargate ${family ?? ''} platform version ${version ?? 'unknown'}, not the latest ${latest}.`,
      );
    });
  },
});
