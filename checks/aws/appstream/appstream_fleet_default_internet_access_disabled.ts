import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'appstream_fleet_default_internet_access_disabled',
  uses: { appstream: ['fleets'] },
  run({ appstream }, report) {
    report.each(appstream.fleets, (fleet) =>
      verdict(!fleet.enableDefaultInternetAccess, `Fleet ${fleet.name} has default internet access disabled.`, `Fleet ${fleet.name} has default internet access enabled.`),
    );
  },
});
