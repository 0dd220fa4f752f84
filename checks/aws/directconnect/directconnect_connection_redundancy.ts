import { defineCheck, fail, notApplicable, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'directconnect_connection_redundancy',
  uses: { directconnect: ['connections'] },
  run({ directconnect, account }, report) {
    // One finding per region that has connections, about the region's connections as a whole.
    for (const region of account.regions) {
      const subject = { arn: `arn:${account.partition}:directconnect:${region}:${account.id}:dxcon`, id: account.id, region };
      report.about(subject, () => {
        const connections = directconnect.connections.all(region);
        if (connections.length === 0) return notApplicable('no Direct Connect connection in this region');
        const locations = [...new Set(connections.map((connection) => connection.location))];
        if (connections.length === 1) return fail(`Region ${region} has a single Direct Connect connection, at ${locations[0]}.`);
        if (locations.length === 1) return fail(`All ${connections.length} Direct Connect connections of region ${region} terminate at one location, ${locations[0]}.`);
        return pass(`Region ${region} has ${connections.length} Direct Connect connections across ${locations.length} locations.`);
      });
    }
  },
});
