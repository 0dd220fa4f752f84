import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/checks/catalog.js';
import { gatingFailures } from '../../../src/findings/gate.js';
import { writeCsv } from '../../../src/output/csv.js';
import { buildPayload } from '../../../src/output/html/writer.js';
import { writeOcsf } from '../../../src/output/ocsf.js';
import type { OcsfDetectionFinding } from '../../../src/output/ocsf-model.js';
import { readOcsf } from '../../../src/output/ocsf-read.js';
import { CONTEXT, finding } from './fixtures.js';
import { render } from './render.js';

/**
 * A finding its check rated below the check's own severity, as Prowler rates an open port on an
 * instance without a public address: every output carries the finding's severity, and the check
 * keeps its own.
 */
const check = checkCatalog.find((entry) => entry.id === 'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22')!;
const ratedDown = finding(check, 'FAIL', 'eu-west-1', { id: 'sg-1' }, { severity: 'low' });

describe('a finding rated other than its check', () => {
  it('is sure the check itself is rated higher, or the cases below prove nothing', () => {
    expect(check.severity).not.toBe('low');
  });

  it('has its own severity in the CSV', async () => {
    const [header, row] = (await render(writeCsv, [ratedDown], CONTEXT)).trim().split('\r\n').map((line) => line.split(';'));
    expect(row![header!.indexOf('SEVERITY')]).toBe('low');
  });

  it('has its own severity in JSON-OCSF, and reads back with it while its check keeps the catalog severity', async () => {
    const text = await render(writeOcsf, [ratedDown], CONTEXT);
    const [record] = JSON.parse(text) as OcsfDetectionFinding[];
    expect(record).toMatchObject({ severity: 'Low', severity_id: 2, unmapped: { check_severity: check.severity } });
    const [read] = await readOcsf([text]);
    expect(read!.severity).toBe('low');
    expect(read!.check.severity).toBe(check.severity);
  });

  it('gates a build by its own severity', () => {
    expect(gatingFailures([ratedDown], { failOn: 'high' })).toEqual([]);
    expect(gatingFailures([ratedDown], { failOn: 'low' })).toEqual([ratedDown]);
  });

  it("is counted in the report under its own severity, the check's facts unchanged", () => {
    const payload = buildPayload([ratedDown], CONTEXT);
    expect(payload.severities[payload.findings.severity[0]!]).toBe('low');
    expect(payload.checks[0]!.severity).toBe(check.severity);
  });
});
