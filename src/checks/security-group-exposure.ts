import {
  allPortsOpenToInternet,
  securityGroupInScope,
  tcpPortOpenToInternet,
} from '../services/ec2/security-group-rules.js';
import type { CheckInput } from './check.js';
import type { Report } from './report.js';

export const ALL_PORTS_CHECK_ID = 'ec2_securitygroup_allow_ingress_from_internet_to_all_ports';

/**
 * The verdicts of a "TCP port open to the Internet" check, as Prowler gives them. A group open on
 * every port is reported once, by the all-ports check, and passes here when that check is in the
 * scan; when it is not, the group fails here, because the port is open all the same.
 */
export function judgeTcpPortExposure(
  { ec2, options, checksInScan }: CheckInput<readonly ['ec2']>,
  report: Report,
  port: number,
  protocolName: string,
): void {
  const allPortsCheckRuns = checksInScan.has(ALL_PORTS_CHECK_ID);
  for (const group of report.from(ec2.securityGroups)) {
    if (!securityGroupInScope(group, options)) continue;
    const subject = `Security group ${group.name} (${group.id})`;
    if (allPortsCheckRuns && allPortsOpenToInternet(group)) {
      report.pass(
        group,
        `${subject} opens every port to the Internet, reported by the all-ports check; ${protocolName} port ${port} was not judged on its own.`,
      );
      continue;
    }
    report.verdict(
      !tcpPortOpenToInternet(group, port),
      group,
      `${subject} does not open ${protocolName} port ${port} to the Internet.`,
      `${subject} opens ${protocolName} port ${port} to the Internet.`,
    );
  }
}
