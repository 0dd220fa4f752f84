import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'directconnect_virtual_interface_redundancy',
  uses: { directconnect: ['gateways'] },
  run({ directconnect }, report) {
    report.each(directconnect.gateways, (gateway) => {
      // Prowler also asks for the interfaces to use more than one connection, but counts one
      // connection per interface, duplicates included, so two interfaces always satisfy it.
      const interfaces = gateway.virtualInterfaceIds.length;
      return verdict(
        interfaces > 1,
        `The ${gateway.kind} ${gateway.id} has ${interfaces} virtual interfaces.`,
        `The ${gateway.kind} ${gateway.id} has a single virtual interface.`,
      );
    });
  },
});
