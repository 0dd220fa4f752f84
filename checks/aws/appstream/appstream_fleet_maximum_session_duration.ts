import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'appstream_fleet_maximum_session_duration',
  uses: { appstream: ['fleets'] },
  config: ['max_session_duration_seconds'],
  run({ appstream, config }, report) {
    const limit = config.max_session_duration_seconds;
    report.each(appstream.fleets, (fleet) =>
      // Strictly below the limit, as Prowler compares: a session of exactly the limit fails.
      verdict(
        fleet.maxUserDurationInSeconds < limit,
        `Fleet ${fleet.name} ends streaming sessions after ${fleet.maxUserDurationInSeconds} seconds, under the ${limit}-second limit.`,
        `Fleet ${fleet.name} lets streaming sessions last ${fleet.maxUserDurationInSeconds} seconds, not under the ${limit}-second limit.`,
      ),
    );
  },
});
