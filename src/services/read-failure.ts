import { z } from 'zod';
import type { ReadFailure } from './resource-map.js';

/** A ReadFailure as files that carry one between runs (inventories, shard manifests) hold it. */
export const ReadFailureSchema: z.ZodType<ReadFailure> = z.object({
  service: z.string(),
  region: z.string(),
  collection: z.string().optional(),
  operation: z.string(),
  message: z.string(),
  resourceArn: z.string().optional(),
});
