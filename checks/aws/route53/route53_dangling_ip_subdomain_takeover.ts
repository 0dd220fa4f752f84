import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';
import { isPrivateAddressOrRange } from '../../../src/checks/policy/private-ip.js';
import type { Verdict } from '../../../src/checks/report.js';
import { once } from '../../../src/services/collection.js';
import type { HostedZoneRecords, RecordSet } from '../../../src/services/route53/route53.js';

/** An S3 website endpoint, old (s3-website-<region>) or new (s3-website.<region>) style. */
const S3_WEBSITE_ENDPOINT = /^(?<bucket>[^.]+(?:\.[^.]+)*)\.s3-website[.-][a-z0-9-]+\.amazonaws\.com\.?$/;

interface Owned {
  addresses: () => ReadonlySet<string>;
  buckets: () => ReadonlySet<string>;
}

/**
 * A plain A record's address dangles when it is public, not one of the account's Elastic IPs or
 * interface addresses, and in AWS's ranges: someone else may now hold it.
 */
function judgeAddress(zone: HostedZoneRecords, record: RecordSet, address: string, owned: Owned): Verdict | undefined {
  const isPrivate = isPrivateAddressOrRange(address);
  if (isPrivate === undefined || address.includes('/')) return undefined;
  const subject = { id: `${zone.id}/${record.name}/${address}` };
  const about = `Record ${record.name} of hosted zone ${zone.name} points at ${address}`;
  if (isPrivate || owned.addresses().has(address)) return pass(`${about}, which is not dangling.`, subject);
  if (need(zone.awsAddresses).has(address)) {
    return fail(`${about}, an AWS address the account no longer holds: whoever gets it next can take over the name.`, subject);
  }
  return pass(`${about}, which is outside AWS's ranges and so not a dangling AWS address.`, subject);
}

/** A CNAME to an S3 website endpoint dangles when the account has no bucket of that name. */
function judgeCname(zone: HostedZoneRecords, record: RecordSet, target: string, owned: Owned): Verdict | undefined {
  const bucket = S3_WEBSITE_ENDPOINT.exec(target.toLowerCase())?.groups?.bucket;
  if (bucket === undefined) return undefined;
  const subject = { id: `${zone.id}/${record.name}/${target}` };
  const about = `CNAME ${record.name} of hosted zone ${zone.name} points at the S3 website of bucket ${bucket}`;
  if (owned.buckets().has(bucket)) return pass(`${about}, which the account holds.`, subject);
  return fail(`${about}, which the account does not hold: anyone who creates it can take over the name.`, subject);
}

export default defineCheck({
  id: 'route53_dangling_ip_subdomain_takeover',
  uses: { route53: ['recordSets'], ec2: ['addresses', 'networkInterfaces'], s3: ['buckets'] },
  run({ route53, ec2, s3 }, report) {
    // Read on first need, so that an unreadable listing costs only the zones whose records point outside.
    const owned: Owned = {
      addresses: once(() => {
        const elasticIps = ec2.addresses.all().map((address) => address.publicIp);
        const interfaceIps = ec2.networkInterfaces.all().map((networkInterface) => networkInterface.publicIp);
        return new Set([...elasticIps, ...interfaceIps].filter((ip): ip is string => typeof ip === 'string'));
      }),
      buckets: once(() => new Set(s3.buckets.all().map((bucket) => bucket.id))),
    };
    report.each(route53.recordSets, (zone) =>
      need(zone.recordSets)
        .filter((record) => !record.alias)
        .flatMap((record) => {
          const judge = record.type === 'A' ? judgeAddress : record.type === 'CNAME' ? judgeCname : undefined;
          return judge ? record.values.flatMap((value) => judge(zone, record, value, owned) ?? []) : [];
        }),
    );
  },
});
