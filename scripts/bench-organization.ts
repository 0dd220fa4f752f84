// npm run bench -- --account organization: an organization of BENCH_ACCOUNTS member accounts
// (default 40) in moto, each with BENCH_RESOURCES buckets and users (default 20), scanned with
// `scanner aws --organization` by the built CLI, first a quarter of the accounts, then all of them.
// Prints wall time, findings and peak RSS of each run: with the findings of finished accounts on
// disk, the peak should not grow with the accounts scanned. BENCH_CHECKS (comma separated) narrows
// the checks (default: every IAM and S3 check); one region.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { CreateAccountCommand, CreateOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import pLimit from 'p-limit';
import { startMotoServer } from './moto-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', '..', 'bin', 'scanner.js');
const run = promisify(execFile);
const accounts = Number(process.env.BENCH_ACCOUNTS ?? 40);
const resources = Number(process.env.BENCH_RESOURCES ?? 20);
const MEMBER_ROLE = 'OrganizationAccountAccessRole';
const REGION = 'us-east-1';
const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
/** Reports the child's peak RSS (kB) on stderr as it exits, so the parent reads the CLI's own figure. */
const REPORT_PEAK_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('PEAK_RSS_KB '+process.resourceUsage().maxRSS+'\\n'))`;

const config = (endpoint: string) => ({ region: REGION, endpoint, forcePathStyle: true, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });

/** Creates the organization and its members, each with buckets and users that have admin inline policies. */
async function seedOrganization(endpoint: string): Promise<string[]> {
  const organizations = new OrganizationsClient(config(endpoint));
  await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  const sts = new STSClient(config(endpoint));
  const inFlight = pLimit(8);
  return Promise.all(
    Array.from({ length: accounts }, (_, index) =>
      inFlight(async () => {
        const created = await organizations.send(new CreateAccountCommand({ AccountName: `member-${index}`, Email: `member-${index}@example.com` }));
        const id = created.CreateAccountStatus!.AccountId!;
        const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${id}:role/${MEMBER_ROLE}`, RoleSessionName: 'seed' }));
        const credentials = { accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretAccessKey!, sessionToken: Credentials!.SessionToken! };
        const s3 = new S3Client({ ...config(endpoint), credentials });
        const iam = new IAMClient({ ...config(endpoint), credentials });
        for (let resource = 0; resource < resources; resource++) {
          await s3.send(new CreateBucketCommand({ Bucket: `member-${index}-bucket-${resource}` }));
          await iam.send(new CreateUserCommand({ UserName: `user-${resource}` }));
          await iam.send(new PutUserPolicyCommand({ UserName: `user-${resource}`, PolicyName: 'admin', PolicyDocument: POLICY }));
        }
        return id;
      }),
    ),
  );
}

interface OrganizationRun {
  accounts: number;
  wallSeconds: number;
  findings: number;
  peakRssMb: number;
}

async function scanOrganization(endpoint: string, only: readonly string[]): Promise<OrganizationRun> {
  const output = mkdtempSync(join(tmpdir(), 'bench-organization-'));
  const checks = process.env.BENCH_CHECKS ? ['-c', ...process.env.BENCH_CHECKS.split(',')] : ['-s', 'iam', 's3'];
  const started = performance.now();
  const { stderr } = await run(
    process.execPath,
    ['--import', REPORT_PEAK_RSS, cli, 'aws', '--organization', '--member-role', MEMBER_ROLE, '--accounts', ...only, '--endpoint-url', endpoint, '-f', REGION, ...checks, '-M', 'csv', 'json-ocsf', 'html', '-o', output, '-z', '--allow-partial'],
    { env: { ...process.env, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_EC2_METADATA_DISABLED: 'true' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const wallSeconds = (performance.now() - started) / 1000;
  const accountsFile = readdirSync(output).find((name) => name.endsWith('.accounts.json'))!;
  const outcomes = (JSON.parse(readFileSync(join(output, accountsFile), 'utf8')) as { accounts: { findings?: number }[] }).accounts;
  rmSync(output, { recursive: true, force: true });
  return {
    accounts: only.length,
    wallSeconds,
    findings: outcomes.reduce((sum, outcome) => sum + (outcome.findings ?? 0), 0),
    peakRssMb: Math.round(Number(/PEAK_RSS_KB (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024),
  };
}

const moto = await startMotoServer();
try {
  const seedStart = Date.now();
  const members = await seedOrganization(moto.endpoint);
  console.log(`seeded an organization of ${accounts} member accounts, ${resources} buckets and users each, in ${((Date.now() - seedStart) / 1000).toFixed(0)} s`);
  console.log('\naccounts  findings  wall time  peak RSS');
  for (const only of [members.slice(0, Math.max(1, Math.round(accounts / 4))), members]) {
    const figures = await scanOrganization(moto.endpoint, only);
    console.log(`${String(figures.accounts).padStart(8)}  ${String(figures.findings).padStart(8)}  ${figures.wallSeconds.toFixed(1).padStart(7)} s  ${String(figures.peakRssMb).padStart(5)} MB`);
  }
} finally {
  await moto.stop();
}
