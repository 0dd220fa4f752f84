import { z } from 'zod';

/** AWS writes single values and lists interchangeably in policies; we always hold lists. */
const oneOrMany = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));

const PrincipalSchema = z.union([
  z.literal('*').transform(() => ({ AWS: ['*'] })),
  z.record(z.string(), oneOrMany),
]);

const StatementSchema = z.object({
  Sid: z.string().optional(),
  Effect: z.enum(['Allow', 'Deny']),
  Principal: PrincipalSchema.optional(),
  NotPrincipal: PrincipalSchema.optional(),
  Action: oneOrMany.optional(),
  NotAction: oneOrMany.optional(),
  Resource: oneOrMany.optional(),
  NotResource: oneOrMany.optional(),
  Condition: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});

export const PolicyDocumentSchema = z.object({
  Version: z.string().optional(),
  Statement: z.union([StatementSchema, z.array(StatementSchema)]).transform((s) => (Array.isArray(s) ? s : [s])),
});

export type PolicyStatement = z.infer<typeof StatementSchema>;
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;

/**
 * Parses a policy as AWS returns it: JSON, URL-encoded JSON (IAM), or already an object.
 * Throws on anything that is not a policy, so the caller records an unreadable policy.
 */
export function parsePolicyDocument(raw: unknown): PolicyDocument {
  let value = raw;
  if (typeof value === 'string') {
    const text = value.trimStart().startsWith('{') ? value : decodeURIComponent(value);
    value = JSON.parse(text) as unknown;
  }
  return PolicyDocumentSchema.parse(value);
}
