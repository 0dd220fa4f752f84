/**
 * Remediation snippets name what they act on with placeholders (`--image-id <ami-id>`). A finding's
 * details fill in a placeholder only where it stands for the finding's own resource: the placeholder
 * names a kind of resource, and the finding's ARN shows that its resource is of that kind and ends
 * with its resource ID. Every other placeholder (another resource, a region, a log bucket) stays for
 * the reader: a wrong value in a command that changes an account is worse than none.
 */
const PLACEHOLDERS: Record<string, { kind: string; value: 'id' | 'arn' }> = {
  'ami-id': { kind: 'ec2:image', value: 'id' },
  'image-id': { kind: 'ec2:image', value: 'id' },
  'instance-id': { kind: 'ec2:instance', value: 'id' },
  'snapshot-id': { kind: 'ec2:snapshot', value: 'id' },
  'volume-id': { kind: 'ec2:volume', value: 'id' },
  'group-id': { kind: 'ec2:security-group', value: 'id' },
  'security-group-id': { kind: 'ec2:security-group', value: 'id' },
  // The check that uses it judges default security groups only.
  'default-group-id': { kind: 'ec2:security-group', value: 'id' },
  'vpc-id': { kind: 'ec2:vpc', value: 'id' },
  'subnet-id': { kind: 'ec2:subnet', value: 'id' },
  'key-id': { kind: 'kms:key', value: 'id' },
  'key-arn': { kind: 'kms:key', value: 'arn' },
  'kms-key-arn': { kind: 'kms:key', value: 'arn' },
  'trail-name': { kind: 'cloudtrail:trail', value: 'id' },
  'user-name': { kind: 'iam:user', value: 'id' },
  'role-name': { kind: 'iam:role', value: 'id' },
  'policy-name': { kind: 'iam:policy', value: 'id' },
  'policy-arn': { kind: 'iam:policy', value: 'arn' },
  'bucket-name': { kind: 's3:bucket', value: 'id' },
  bucket: { kind: 's3:bucket', value: 'id' },
};

/** What AWS allows in the IDs and names filled in: nothing a shell or a JSON string would read as syntax. */
const PLAIN_VALUE = /^[\w+=,.@/:-]+$/;

export interface ResourceRef {
  id: string;
  arn: string;
}

/** "service:type" of the resource an ARN names, when the ARN ends with `id`; null otherwise. */
function kindOf({ id, arn }: ResourceRef): string | null {
  const match = /^arn:[^:]+:([^:]+):[^:]*:[^:]*:(.+)$/.exec(arn);
  if (!match) return null;
  const service = match[1]!;
  const resource = match[2]!;
  // S3 bucket ARNs are the bare name: arn:aws:s3:::my-bucket.
  if (service === 's3') return resource === id ? 's3:bucket' : null;
  const segments = resource.split(/[/:]/);
  return segments.length > 1 && segments[segments.length - 1] === id ? `${service}:${segments[0]}` : null;
}

/** `snippet` with the placeholders that stand for `resource` replaced by its ID or ARN. */
export function fillResource(snippet: string, resource: ResourceRef): string {
  const kind = kindOf(resource);
  if (kind === null) return snippet;
  return snippet.replace(/<([a-z][a-z-]*)>/g, (placeholder, name: string) => {
    const wanted = PLACEHOLDERS[name];
    if (wanted?.kind !== kind) return placeholder;
    const value = wanted.value === 'arn' ? resource.arn : resource.id;
    return PLAIN_VALUE.test(value) ? value : placeholder;
  });
}
