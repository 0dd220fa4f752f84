import { defineCheck, verdict } from '../../../src/checks/check.js';

/** The only RADIUS protocol of the four Directory Service offers that Prowler accepts. */
const RECOMMENDED_PROTOCOL = 'MS-CHAPv2';

export default defineCheck({
  id: 'directoryservice_radius_server_security_protocol',
  uses: { directoryservice: ['directories'] },
  run({ directoryservice }, report) {
    report.each(directoryservice.directories, (directory) => {
      const protocol = directory.radius.authenticationProtocol;
      return verdict(
        protocol === RECOMMENDED_PROTOCOL,
        `Directory ${directory.id} authenticates to its RADIUS server with ${RECOMMENDED_PROTOCOL}.`,
        protocol
          ? `Directory ${directory.id} authenticates to its RADIUS server with ${protocol}, not ${RECOMMENDED_PROTOCOL}.`
          : `Directory ${directory.id} has no RADIUS server set up, so no ${RECOMMENDED_PROTOCOL} either.`,
      );
    });
  },
});
