import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'appstream_fleet_session_disconnect_timeout',
  uses: { appstream: ['fleets'] },
  config: ['max_disconnect_timeout_in_seconds'],
  run({ appstream, config }, report) {
    const limit = config.max_disconnect_timeout_in_seconds;
    report.each(appstream.fleets, (fleet) =>
      verdict(
        fleet.disconnectTimeoutInSeconds <= limit,
        `Fleet ${fleet.name} keeps a disconnected session for ${fleet.disconnectTimeoutInSeconds} seconds, within the ${limit}-second limit.`,
        `Fleet ${fleet.name} keeps a disconnected session for ${fleet.disconnectTimeoutInSeconds} seconds, over the ${limit}-second limit.`,
      ),
    );
  },
});
