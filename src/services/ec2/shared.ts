import { z } from 'zod';

/** The largest page EC2's Describe listings accept (DescribeVolumes caps lower, at 500). */
export const EC2_PAGE_SIZE = 1000;

/** EC2's tag lists, as most of its Describe answers carry them. */
export const TagsSchema = z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish();
