import { DataPipelineClient, GetPipelineDefinitionCommand, paginateListPipelines } from '@aws-sdk/client-data-pipeline';
import { z } from 'zod';
import { detectSecrets } from '../../secrets/detect.js';
import { defineCollection, parse } from '../collection.js';
import { perListedResource } from '../listing.js';
import type { AwsResource, Field } from '../resource-map.js';

/** A Data Pipeline pipeline; `id` is its pipeline ID (df-...) and `name` its name. */
export interface DataPipeline extends AwsResource {
  name: string;
}

/** A pipeline with the likely secrets of its definition. */
export interface DataPipelineDefinition extends AwsResource {
  name: string;
  secrets: Field<DefinitionSecret[]>;
}

/** One likely secret: what it looks like and which part of the definition holds it. */
export interface DefinitionSecret {
  kind: string;
  /** "object Default field password", "parameter value myPassword"... */
  location: string;
}

const PipelineSchema = z.object({ id: z.string(), name: z.string().nullish() });

const DefinitionSchema = z.object({
  pipelineObjects: z
    .array(z.object({ id: z.string(), name: z.string().nullish(), fields: z.array(z.object({ key: z.string(), stringValue: z.string().nullish(), refValue: z.string().nullish() })).nullish() }))
    .nullish(),
  parameterObjects: z.array(z.object({ id: z.string(), attributes: z.array(z.object({ key: z.string(), stringValue: z.string().nullish() })).nullish() })).nullish(),
  parameterValues: z.array(z.object({ id: z.string(), stringValue: z.string().nullish() })).nullish(),
});

type Definition = z.infer<typeof DefinitionSchema>;

const pipelines = defineCollection<DataPipeline>({
  service: 'datapipeline',
  name: 'pipelines',
  scope: 'regional',
  async load(context) {
    const pages = paginateListPipelines({ client: context.client(DataPipelineClient) }, {});
    for (const pipeline of await context.items('ListPipelines', pages, (page) => page.pipelineIdList, PipelineSchema, 'pipeline')) {
      const name = pipeline.name ?? pipeline.id;
      context.resources.add({ arn: context.arn('datapipeline', `pipeline/${pipeline.id}`), id: pipeline.id, name, region: context.region, tags: {} });
    }
  },
});

/**
 * Each pipeline's definition, scanned for secrets at load time with `secrets_ignore_patterns`
 * applied: one GetPipelineDefinition per pipeline, made only when the secrets check runs. The
 * definition text never leaves the loader.
 */
const definitions = perListedResource<DataPipelineDefinition, DataPipeline>({
  service: 'datapipeline',
  name: 'definitions',
  scope: 'regional',
  listed: pipelines,
  operation: 'ListPipelines',
  async read(context, pipeline) {
    const secrets = await context.field('GetPipelineDefinition', pipeline.arn, async () => {
      const response = await context.client(DataPipelineClient).send(new GetPipelineDefinitionCommand({ pipelineId: pipeline.id }));
      const lines = definitionLines(parse(DefinitionSchema, response, 'pipeline definition'));
      if (lines.length === 0) return [];
      const found = await detectSecrets(lines.map(({ text }) => text).join('\n'), context.config.secrets_ignore_patterns);
      return found.map(({ kind, line }) => ({ kind, location: lines[line - 1]?.location ?? 'definition' }));
    });
    return { arn: pipeline.arn, id: pipeline.id, name: pipeline.name, region: pipeline.region, tags: pipeline.tags, secrets };
  },
});

interface DefinitionLine {
  location: string;
  text: string;
}

/**
 * The definition as Prowler scans it: one line per value, a JSON object naming where the value
 * sits, written with Python's separators so that detections fall on the same lines.
 */
function definitionLines(definition: Definition): DefinitionLine[] {
  const lines: DefinitionLine[] = [];
  const add = (location: string, value: string | null | undefined) => {
    if (value) lines.push({ location, text: `{${JSON.stringify(location)}: ${JSON.stringify(value)}}` });
  };
  for (const object of definition.pipelineObjects ?? []) {
    for (const field of object.fields ?? []) add(`object ${object.name || object.id} field ${field.key}`, field.stringValue || field.refValue);
  }
  for (const parameter of definition.parameterObjects ?? []) {
    for (const attribute of parameter.attributes ?? []) add(`parameter object ${parameter.id} attribute ${attribute.key}`, attribute.stringValue);
  }
  for (const value of definition.parameterValues ?? []) add(`parameter value ${value.id}`, value.stringValue);
  return lines;
}

export default { pipelines, definitions };
