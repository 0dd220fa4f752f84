// A fault-injecting HTTP proxy between an AWS SDK client and an emulator (moto), for tests and
// benchmarks that need AWS's bad days on demand: throttling, denied calls, expired credentials.
//
// Point the SDK at it (`--endpoint-url`, or `endpoint` in a client's configuration) and it names
// each request the way AWS's own authorization sees it: service and region from the SigV4
// credential scope (`Credential=AKID/date/region/service/aws4_request`), the access key ID, and
// the action from the protocol (query and EC2: `Action=`; JSON 1.0/1.1: `X-Amz-Target`; RPC v2
// CBOR: the path; REST: method and path, with S3's sub-resources such as `?policy`). A decision
// function then forwards the request to the emulator, or answers in that protocol's own error
// shape, so the SDK parses it exactly as it parses AWS's: `throttle` (Throttling,
// ThrottlingException, RequestLimitExceeded, SlowDown), `deny` (AccessDenied,
// AccessDeniedException, UnauthorizedOperation) or `expired` (ExpiredToken, ExpiredTokenException,
// RequestExpired).
//
// It also issues credentials, as a container credentials endpoint (set
// AWS_CONTAINER_CREDENTIALS_FULL_URI to `proxy.credentialsUrl`): every request gets a new access
// key ID announced as valid for hours, so a rule can make keys stop working early, without warning,
// as a revoked session or a drifting clock does (see `credentialsOlderThan`).
//
//   const proxy = await startAwsProxy({
//     upstream: 'http://127.0.0.1:5000',
//     latencyMs: 20,
//     decide: (call) => (call.action === 'GetBucketPolicy' ? { fault: 'deny' } : 'forward'),
//   });
//   // ... scan with endpoint proxy.endpoint ...
//   await proxy.close();
//
// Dependency-free (node:http) so a benchmark or a test can start it anywhere.
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The wire protocol of a request, which decides how its errors look. */
export type AwsProtocol = 'query' | 'ec2' | 'json' | 'cbor' | 'rest-xml' | 'rest-json';

/** One request, named as AWS's authorization would name it. */
export interface AwsCall {
  /** SigV4 signing name: `ec2`, `s3`, `iam`, `kms`, `sts`, `execute-api`... */
  service: string;
  region: string;
  /** The API operation, e.g. `DescribeInstances`, `GetBucketPolicy`; for REST paths no table covers, `GET /path`. */
  action: string;
  protocol: AwsProtocol;
  accessKeyId: string | undefined;
  method: string;
  /** The path and query, as received. */
  url: string;
  /** The request carries a pagination token: it asks for a later page of a listing. */
  laterPage: boolean;
  /** Milliseconds since the proxy started, divided by `timeScale`. */
  at: number;
}

export type AwsFault = 'throttle' | 'deny' | 'expired';
export type ProxyDecision = 'forward' | { fault: AwsFault };
export type DecideFunction = (call: AwsCall) => ProxyDecision | Promise<ProxyDecision>;

export interface AwsProxyOptions {
  /** Where forwarded requests go, e.g. moto's `http://127.0.0.1:5000`. */
  upstream: string;
  /** Added to every request before it is decided, in milliseconds (or a function of the call). */
  latencyMs?: number | ((call: AwsCall) => number);
  /** Multiplies every added latency and divides `at`: 0.1 runs a 100 ms-per-call scenario ten times faster. */
  timeScale?: number;
  /** Forward or fail each request; forwards everything when absent. */
  decide?: DecideFunction;
  /** Port to listen on, on 127.0.0.1; a free one when absent. */
  port?: number;
}

export interface AwsProxy {
  /** The proxy's base URL, for `--endpoint-url`. */
  readonly endpoint: string;
  /** A container credentials endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI) issuing a new key per request. */
  readonly credentialsUrl: string;
  /** When (in `at` time) the proxy issued this access key ID; undefined for keys it did not issue. */
  credentialIssuedAt(accessKeyId: string | undefined): number | undefined;
  /** Replaces the decision function, e.g. between a clean run and a faulted one. */
  setDecide(decide: DecideFunction | undefined): void;
  close(): Promise<void>;
}

/** The request as the classifier needs it. */
export interface ProxyRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const CREDENTIALS_PATH = '/__aws-proxy/credentials';
/** The lifetime announced for issued keys: long enough that the SDK never renews them on its own. */
const ANNOUNCED_LIFETIME_MS = 6 * 60 * 60 * 1000;

export async function startAwsProxy(options: AwsProxyOptions): Promise<AwsProxy> {
  const upstream = new URL(options.upstream);
  const timeScale = options.timeScale ?? 1;
  const startedAt = Date.now();
  const elapsed = () => (Date.now() - startedAt) / timeScale;
  let decide = options.decide;
  const issued = new Map<string, number>();

  const issueCredentials = (response: ServerResponse) => {
    const accessKeyId = `ASIAPROXY${String(issued.size + 1).padStart(11, '0')}`;
    issued.set(accessKeyId, elapsed());
    send(response, 200, { 'content-type': 'application/json' }, JSON.stringify({
      AccessKeyId: accessKeyId,
      SecretAccessKey: 'proxy-secret',
      Token: `proxy-session-${issued.size}`,
      Expiration: new Date(Date.now() + ANNOUNCED_LIFETIME_MS).toISOString(),
    }));
  };

  const handle = async (incoming: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(incoming);
    const url = incoming.url ?? '/';
    if (url === CREDENTIALS_PATH) return issueCredentials(response);
    const call = { ...classifyRequest({ method: incoming.method ?? 'GET', url, headers: incoming.headers, body }), at: elapsed() };
    const latency = typeof options.latencyMs === 'function' ? options.latencyMs(call) : (options.latencyMs ?? 0);
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency * timeScale));
    const decision = decide ? await decide(call) : 'forward';
    if (decision !== 'forward') {
      const error = faultResponse(call, decision.fault);
      return send(response, error.status, error.headers, error.body);
    }
    forward(upstream, incoming, body, response);
  };

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => send(response, 502, { 'content-type': 'text/plain' }, `aws-proxy: ${String(error)}`));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    credentialsUrl: `${endpoint}${CREDENTIALS_PATH}`,
    credentialIssuedAt: (accessKeyId) => (accessKeyId === undefined ? undefined : issued.get(accessKeyId)),
    setDecide: (next) => (decide = next),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * A rule for `decide`: keys the proxy issued more than `ageMs` (in `at` time) ago are expired;
 * keys it did not issue, and everything else, are forwarded.
 */
export function credentialsOlderThan(proxy: Pick<AwsProxy, 'credentialIssuedAt'>, ageMs: number): (call: AwsCall) => boolean {
  return (call) => {
    const issuedAt = proxy.credentialIssuedAt(call.accessKeyId);
    return issuedAt !== undefined && call.at - issuedAt > ageMs;
  };
}

/**
 * A rule for `decide`: any key, issued by the proxy or not, is expired `lifetimeMs` (in `at` time)
 * after the proxy first sees it; calls without a key are forwarded. A session that AWS cuts short,
 * whoever issued it.
 */
export function credentialsUsedLongerThan(lifetimeMs: number): (call: AwsCall) => boolean {
  const firstUse = new Map<string, number>();
  return (call) => {
    if (call.accessKeyId === undefined) return false;
    const first = firstUse.get(call.accessKeyId) ?? call.at;
    firstUse.set(call.accessKeyId, first);
    return call.at - first > lifetimeMs;
  };
}

/** A pagination token, as the query protocols and REST query strings spell it, and as JSON bodies do. */
const PAGE_TOKEN_PARAMETER = /(?:^|[?&])(?:NextToken|nextToken|Marker|marker|continuation-token|PaginationToken|position)=/;
const PAGE_TOKEN_MEMBER = /"(?:NextToken|nextToken|Marker|PaginationToken|StartingToken)"\s*:/;

function asksForLaterPage(request: ProxyRequest, query: string): boolean {
  const body = request.body.toString('utf8');
  return PAGE_TOKEN_PARAMETER.test(query) || PAGE_TOKEN_PARAMETER.test(body) || PAGE_TOKEN_MEMBER.test(body);
}

/** Names a request: service, region and access key from its SigV4 scope, action from its protocol. */
export function classifyRequest(request: ProxyRequest): Omit<AwsCall, 'at'> {
  const { method, url, headers } = request;
  const scope = credentialScope(headers);
  const service = scope.service ?? 'unknown';
  const parsed = new URL(url, 'http://proxy.invalid');
  const laterPage = asksForLaterPage(request, parsed.search);
  const base = { service, region: scope.region ?? 'unknown', accessKeyId: scope.accessKeyId, method, url, laterPage };
  const target = header(headers, 'x-amz-target');
  if (target) return { ...base, protocol: 'json', action: target.slice(target.lastIndexOf('.') + 1) };
  const cbor = /^\/service\/[^/]+\/operation\/([^/?]+)/.exec(parsed.pathname);
  if (cbor && header(headers, 'smithy-protocol') === 'rpc-v2-cbor') return { ...base, protocol: 'cbor', action: cbor[1]! };
  const queryAction = formAction(request) ?? parsed.searchParams.get('Action');
  if (queryAction) return { ...base, protocol: service === 'ec2' ? 'ec2' : 'query', action: queryAction };
  if (service === 's3' && parsed.pathname.startsWith('/v20180820/')) return { ...base, protocol: 'rest-xml', action: s3ControlAction(method, parsed) };
  if (service === 's3') return { ...base, protocol: 'rest-xml', action: s3Action(method, parsed, headers) };
  const protocol = REST_XML_SERVICES.has(service) ? 'rest-xml' : 'rest-json';
  return { ...base, protocol, action: `${method} ${parsed.pathname}` };
}

/** REST services whose errors are XML; every other REST service answers in JSON. */
const REST_XML_SERVICES = new Set(['s3', 'route53', 'cloudfront']);

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Presigned URLs carry the scope in `X-Amz-Credential`; signed requests in the Authorization header. */
function credentialScope(headers: IncomingHttpHeaders): { accessKeyId?: string; region?: string; service?: string } {
  const match = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(header(headers, 'authorization') ?? '');
  if (!match) return {};
  return { accessKeyId: match[1], region: match[2], service: match[3] };
}

function formAction(request: ProxyRequest): string | undefined {
  if (!(header(request.headers, 'content-type') ?? '').includes('application/x-www-form-urlencoded')) return undefined;
  return new URLSearchParams(request.body.toString('utf8')).get('Action') ?? undefined;
}

/** S3 bucket sub-resources, by query key, and the noun of their Get/Put/Delete operations. */
const S3_SUBRESOURCES: Record<string, string> = {
  accelerate: 'BucketAccelerateConfiguration',
  acl: 'BucketAcl',
  analytics: 'BucketAnalyticsConfiguration',
  cors: 'BucketCors',
  encryption: 'BucketEncryption',
  'intelligent-tiering': 'BucketIntelligentTieringConfiguration',
  inventory: 'BucketInventoryConfiguration',
  lifecycle: 'BucketLifecycleConfiguration',
  location: 'BucketLocation',
  logging: 'BucketLogging',
  metrics: 'BucketMetricsConfiguration',
  notification: 'BucketNotificationConfiguration',
  'object-lock': 'ObjectLockConfiguration',
  ownershipControls: 'BucketOwnershipControls',
  policy: 'BucketPolicy',
  policyStatus: 'BucketPolicyStatus',
  publicAccessBlock: 'PublicAccessBlock',
  replication: 'BucketReplication',
  requestPayment: 'BucketRequestPayment',
  tagging: 'BucketTagging',
  versioning: 'BucketVersioning',
  website: 'BucketWebsite',
};

/** The operation of a path-style S3 request (`/bucket`, `/bucket/key`, with sub-resource keys). */
function s3Action(method: string, url: URL, headers: IncomingHttpHeaders): string {
  const [bucket, ...key] = url.pathname.split('/').filter(Boolean);
  const keys = [...url.searchParams.keys()];
  const verb = method === 'GET' ? 'Get' : method === 'PUT' ? 'Put' : method === 'DELETE' ? 'Delete' : method;
  if (!bucket) return method === 'GET' ? 'ListBuckets' : `${method} /`;
  if (key.length > 0) {
    if (keys.includes('acl')) return `${verb}ObjectAcl`;
    if (keys.includes('tagging')) return `${verb}ObjectTagging`;
    if (method === 'PUT' && header(headers, 'x-amz-copy-source')) return 'CopyObject';
    return method === 'HEAD' ? 'HeadObject' : `${verb}Object`;
  }
  const subresource = keys.find((name) => name in S3_SUBRESOURCES);
  if (subresource) return `${verb}${S3_SUBRESOURCES[subresource]}`;
  if (keys.includes('uploads')) return 'ListMultipartUploads';
  if (keys.includes('versions')) return 'ListObjectVersions';
  if (method === 'POST' && keys.includes('delete')) return 'DeleteObjects';
  if (method === 'GET') return url.searchParams.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects';
  if (method === 'HEAD') return 'HeadBucket';
  return method === 'PUT' ? 'CreateBucket' : method === 'DELETE' ? 'DeleteBucket' : `${method} /${bucket}`;
}

/** S3 Control signs as `s3` and lives under /v20180820/; the account-level settings are what scanners read. */
function s3ControlAction(method: string, url: URL): string {
  const verb = method === 'GET' ? 'Get' : method === 'PUT' ? 'Put' : method === 'DELETE' ? 'Delete' : method;
  if (url.pathname === '/v20180820/configuration/publicAccessBlock') return `${verb}PublicAccessBlock`;
  if (method === 'GET' && url.pathname === '/v20180820/accesspoint') return 'ListAccessPoints';
  if (method === 'GET' && url.pathname === '/v20180820/mrap/instances') return 'ListMultiRegionAccessPoints';
  return `${method} ${url.pathname}`;
}

/** What AWS answers, per protocol, for each fault: status and error code. */
const FAULT_CODES: Record<AwsProtocol, Record<AwsFault, { status: number; code: string }>> = {
  ec2: {
    throttle: { status: 503, code: 'RequestLimitExceeded' },
    deny: { status: 403, code: 'UnauthorizedOperation' },
    expired: { status: 400, code: 'RequestExpired' },
  },
  query: {
    throttle: { status: 400, code: 'Throttling' },
    deny: { status: 403, code: 'AccessDenied' },
    expired: { status: 403, code: 'ExpiredToken' },
  },
  json: {
    throttle: { status: 400, code: 'ThrottlingException' },
    deny: { status: 400, code: 'AccessDeniedException' },
    expired: { status: 400, code: 'ExpiredTokenException' },
  },
  cbor: {
    throttle: { status: 400, code: 'ThrottlingException' },
    deny: { status: 400, code: 'AccessDeniedException' },
    expired: { status: 400, code: 'ExpiredTokenException' },
  },
  'rest-xml': {
    throttle: { status: 503, code: 'SlowDown' },
    deny: { status: 403, code: 'AccessDenied' },
    expired: { status: 400, code: 'ExpiredToken' },
  },
  'rest-json': {
    throttle: { status: 429, code: 'ThrottlingException' },
    deny: { status: 403, code: 'AccessDeniedException' },
    expired: { status: 403, code: 'ExpiredTokenException' },
  },
};

export interface FaultResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

const FAULT_MESSAGES: Record<AwsFault, string> = {
  throttle: 'Rate exceeded',
  deny: 'User is not authorized to perform this operation (injected by aws-proxy)',
  expired: 'The security token included in the request is expired',
};

/** The error AWS would send for `fault` on `call`, in the call's protocol. */
export function faultResponse(call: Pick<AwsCall, 'protocol' | 'service' | 'action'>, fault: AwsFault): FaultResponse {
  const requestId = `aws-proxy-${Math.random().toString(16).slice(2, 10)}`;
  const message = FAULT_MESSAGES[fault];
  // Route53 and CloudFront answer REST calls with the query protocol's codes, not S3's SlowDown.
  const { status, code } = call.protocol === 'rest-xml' && call.service !== 's3' ? FAULT_CODES.query[fault] : FAULT_CODES[call.protocol][fault];
  const json = (body: object) => ({ status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code, 'x-amzn-requestid': requestId }, body: JSON.stringify(body) });
  const xml = (body: string) => ({ status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}` });
  switch (call.protocol) {
    case 'ec2':
      return xml(`<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`);
    case 'query':
      return xml(`<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`);
    case 'rest-xml':
      return call.service === 's3'
        ? xml(`<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${requestId}</RequestId></Error>`)
        : xml(`<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`);
    case 'json':
      return json({ __type: code, message });
    case 'rest-json':
      return json({ message });
    case 'cbor':
      return { status, headers: { 'content-type': 'application/cbor', 'smithy-protocol': 'rpc-v2-cbor', 'x-amzn-requestid': requestId }, body: cborTextMap({ __type: code, message }) };
  }
}

/** CBOR encoding of a small map of strings: all an RPC v2 error body needs, without a dependency. */
function cborTextMap(entries: Record<string, string>): Buffer {
  const head = (major: number, length: number): Buffer => {
    if (length < 24) return Buffer.from([(major << 5) | length]);
    if (length < 256) return Buffer.from([(major << 5) | 24, length]);
    const bytes = Buffer.alloc(3);
    bytes[0] = (major << 5) | 25;
    bytes.writeUInt16BE(length, 1);
    return bytes;
  };
  const text = (value: string) => {
    const utf8 = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, utf8.length), utf8]);
  };
  const pairs = Object.entries(entries);
  return Buffer.concat([head(5, pairs.length), ...pairs.flatMap(([key, value]) => [text(key), text(value)])]);
}

function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer): void {
  response.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
  response.end(body);
}

function forward(upstream: URL, incoming: IncomingMessage, body: Buffer, response: ServerResponse): void {
  // The body was read whole, so it goes on with a length, never in chunks.
  const headers = { ...incoming.headers };
  delete headers['transfer-encoding'];
  const outgoing = httpRequest(
    {
      hostname: upstream.hostname,
      port: upstream.port,
      method: incoming.method,
      path: incoming.url,
      headers: { ...headers, host: upstream.host, 'content-length': String(body.length) },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  outgoing.on('error', (error) => {
    if (!response.headersSent) send(response, 502, { 'content-type': 'text/plain' }, `aws-proxy: upstream ${upstream.href}: ${error.message}`);
    else response.destroy(error);
  });
  outgoing.end(body);
}
