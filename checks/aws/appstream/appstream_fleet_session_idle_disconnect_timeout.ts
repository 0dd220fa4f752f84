import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'appstream_fleet_session_idle_disconnect_timeout',
  uses: { appstream: ['fleets'] },
  config: ['max_idle_disconnect_timeout_in_seconds'],
  run({ appstream, config }, report) {
    const limit = config.max_idle_disconnect_timeout_in_seconds;
    report.each(appstream.fleets, (fleet) => {
      const idle = fleet.idleDisconnectTimeoutInSeconds;
      // No timeout, or 0, means idle users are never disconnected.
      if (!idle) return fail(`Fleet ${fleet.name} never disconnects idle users.`);
      if (idle <= limit) return pass(`Fleet ${fleet.name} disconnects idle users after ${idle} seconds, within the ${limit}-second limit.`);
      return fail(`Fleet ${fleet.name} disconnects idle users after ${idle} seconds, over the ${limit}-second limit.`);
    });
  },
});
