import {
  DescribeDomainCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeNotebookInstanceCommand,
  DescribeNotebookInstanceLifecycleConfigCommand,
  DescribeProcessingJobCommand,
  DescribeTrainingJobCommand,
  SageMakerClient,
  paginateListDomains,
  paginateListEndpointConfigs,
  paginateListModelPackageGroups,
  paginateListModelPackages,
  paginateListModels,
  paginateListMonitoringSchedules,
  paginateListNotebookInstances,
  paginateListProcessingJobs,
  paginateListTrainingJobs,
} from '@aws-sdk/client-sagemaker';
import { z } from 'zod';
import { detectSecrets, type DetectedSecret } from '../../secrets/detect.js';
import { defineCollection, parse, type Collection } from '../collection.js';
import { perListedResource, readEach } from '../listing.js';
import { need, type AwsResource, type Field } from '../resource-map.js';

/** SageMaker's List* calls return at most 100 items a page. */
const PAGE_SIZE = 100;

/** A SageMaker resource known by its name (notebook instance, model, job, endpoint config, domain); `id` is the name. */
export interface NamedResource extends AwsResource {
  name: string;
}

/** A Studio domain: `id` is its name, as Prowler reports it; `domainId` is what DescribeDomain takes. */
export interface Domain extends NamedResource {
  domainId: string;
}

/** What DescribeNotebookInstance tells, as Prowler reads it (see `notebookSettingsOf`). */
export interface NotebookInstanceSettings {
  rootAccess: boolean;
  directInternetAccess: boolean;
  subnetId: string | null;
  kmsKeyId: string | null;
  lifecycleConfigName: string | null;
}

export interface NotebookInstanceDetail extends NamedResource {
  settings: Field<NotebookInstanceSettings>;
}

/** The secrets found in one lifecycle script, named `OnCreate[0]`, `OnStart[1]`, ... */
export interface LifecycleScriptSecrets {
  script: string;
  secrets: DetectedSecret[];
}

/**
 * A notebook instance's lifecycle scripts: none configured, a script that is not base64 (Prowler
 * cannot scan it and asks for a person), or scanned.
 */
export type LifecycleScan = { state: 'none' } | { state: 'undecodable' } | { state: 'scanned'; scripts: LifecycleScriptSecrets[] };

export interface NotebookInstanceLifecycle extends NamedResource {
  lifecycle: Field<LifecycleScan>;
}

export interface ModelSettings {
  networkIsolation: boolean;
  vpcSubnets: string[];
}

export interface ModelDetail extends NamedResource {
  settings: Field<ModelSettings>;
}

export interface TrainingJobSettings {
  interContainerEncryption: boolean;
  volumeKmsKeyId: string | null;
  networkIsolation: boolean;
  vpcSubnets: string[];
}

export interface TrainingJobDetail extends NamedResource {
  settings: Field<TrainingJobSettings>;
}

export interface ProductionVariant {
  name: string;
  /** 0 where AWS gives none (serverless variants), as Prowler counts it. */
  initialInstanceCount: number;
}

export interface EndpointConfigSettings {
  kmsKeyId: string | null;
  productionVariants: ProductionVariant[];
}

export interface EndpointConfigDetail extends NamedResource {
  settings: Field<EndpointConfigSettings>;
}

export interface DomainSettings {
  authMode: string | null;
  singleSignOnManagedApplicationInstanceId: string | null;
  singleSignOnApplicationArn: string | null;
}

export interface DomainDetail extends Domain {
  settings: Field<DomainSettings>;
}

/**
 * The region's model registry, one per region: Prowler reports it under
 * `arn:<partition>:sagemaker:<region>:<account>:model-registry/unknown`, id "SageMaker Model Registry".
 */
export interface ModelRegistry extends AwsResource {
  hasGroups: boolean;
  hasApprovedPackages: boolean;
}

/**
 * The region's model monitoring, one per region: under the first schedule in Scheduled status when
 * there is one (its ARN and name), else under `...:monitoring-schedule/unknown`, as Prowler reports it.
 */
export interface MonitoringState extends AwsResource {
  scheduled: boolean;
}

/** A Clarify processing job, reported under its own ARN and name. */
export interface ClarifyJob {
  arn: string;
  name: string;
}

/**
 * The region's use of SageMaker Clarify, one per region: under
 * `arn:<partition>:sagemaker:<region>:<account>:processing-job`, id "sagemaker-clarify", as Prowler
 * reports the region when it finds no Clarify job.
 */
export interface ClarifyUsage extends AwsResource {
  clarifyJobs: Field<ClarifyJob[]>;
}

/** A name-keyed listing: the ARN and name of each summary, from every page. */
function namedListing<Page>(
  name: string,
  operation: string,
  pages: (client: SageMakerClient) => AsyncIterable<Page>,
  itemsOf: (page: Page) => readonly unknown[] | undefined,
  keys: { arn: string; name: string },
): Collection<NamedResource> {
  const schema = z.object({ [keys.arn]: z.string(), [keys.name]: z.string() }).transform((item) => ({ arn: String(item[keys.arn]), name: String(item[keys.name]) }));
  return defineCollection<NamedResource>({
    service: 'sagemaker',
    name,
    scope: 'regional',
    async load(context) {
      const summaries = await context.items(operation, pages(context.client(SageMakerClient)), itemsOf, schema, name);
      for (const summary of summaries) context.resources.add({ arn: summary.arn, id: summary.name, name: summary.name, region: context.region, tags: {} });
    },
  });
}

const notebookInstances = namedListing(
  'notebookInstances',
  'ListNotebookInstances',
  (client) => paginateListNotebookInstances({ client, pageSize: PAGE_SIZE }, {}),
  (page) => page.NotebookInstances,
  { arn: 'NotebookInstanceArn', name: 'NotebookInstanceName' },
);

const models = namedListing('models', 'ListModels', (client) => paginateListModels({ client, pageSize: PAGE_SIZE }, {}), (page) => page.Models, { arn: 'ModelArn', name: 'ModelName' });

const trainingJobs = namedListing(
  'trainingJobs',
  'ListTrainingJobs',
  (client) => paginateListTrainingJobs({ client, pageSize: PAGE_SIZE }, {}),
  (page) => page.TrainingJobSummaries,
  { arn: 'TrainingJobArn', name: 'TrainingJobName' },
);

const endpointConfigs = namedListing(
  'endpointConfigs',
  'ListEndpointConfigs',
  (client) => paginateListEndpointConfigs({ client, pageSize: PAGE_SIZE }, {}),
  (page) => page.EndpointConfigs,
  { arn: 'EndpointConfigArn', name: 'EndpointConfigName' },
);

const processingJobs = namedListing(
  'processingJobs',
  'ListProcessingJobs',
  (client) => paginateListProcessingJobs({ client, pageSize: PAGE_SIZE }, {}),
  (page) => page.ProcessingJobSummaries,
  { arn: 'ProcessingJobArn', name: 'ProcessingJobName' },
);

const DomainSummarySchema = z.object({ DomainArn: z.string(), DomainId: z.string(), DomainName: z.string() });

const domains = defineCollection<Domain>({
  service: 'sagemaker',
  name: 'domains',
  scope: 'regional',
  async load(context) {
    const pages = paginateListDomains({ client: context.client(SageMakerClient), pageSize: PAGE_SIZE }, {});
    const listed = await context.items('ListDomains', pages, (page) => page.Domains, DomainSummarySchema, 'domain');
    for (const domain of listed) {
      context.resources.add({ arn: domain.DomainArn, id: domain.DomainName, name: domain.DomainName, domainId: domain.DomainId, region: context.region, tags: {} });
    }
  },
});

const NotebookInstanceSchema = z.object({
  RootAccess: z.string().nullish(),
  DirectInternetAccess: z.string().nullish(),
  SubnetId: z.string().nullish(),
  KmsKeyId: z.string().nullish(),
  NotebookInstanceLifecycleConfigName: z.string().nullish(),
});

/**
 * Prowler's reading of DescribeNotebookInstance, quirks included since they decide its verdicts:
 * direct internet access counts as enabled whenever DirectInternetAccess is present and root
 * access is enabled (its value is never looked at); and an answer with DirectInternetAccess but
 * no RootAccess (an emulator's, never AWS's) stops Prowler's reading before the KMS key and the
 * lifecycle configuration.
 */
function notebookSettingsOf(response: z.infer<typeof NotebookInstanceSchema>): NotebookInstanceSettings {
  const rootAccess = response.RootAccess === 'Enabled';
  const subnetId = response.SubnetId ?? null;
  const hasInternetSetting = response.DirectInternetAccess !== undefined && response.DirectInternetAccess !== null;
  if (hasInternetSetting && (response.RootAccess === undefined || response.RootAccess === null)) {
    return { rootAccess, subnetId, directInternetAccess: false, kmsKeyId: null, lifecycleConfigName: null };
  }
  return {
    rootAccess,
    subnetId,
    directInternetAccess: hasInternetSetting && rootAccess,
    kmsKeyId: response.KmsKeyId ?? null,
    lifecycleConfigName: response.NotebookInstanceLifecycleConfigName ?? null,
  };
}

/** Each notebook instance's settings: one DescribeNotebookInstance per instance, only when a notebook check runs. */
const notebookInstanceSettings = perListedResource<NotebookInstanceDetail, NamedResource>({
  service: 'sagemaker',
  name: 'notebookInstanceSettings',
  scope: 'regional',
  listed: notebookInstances,
  operation: 'ListNotebookInstances',
  async read(context, instance) {
    const settings = await context.field('DescribeNotebookInstance', instance.arn, async () => {
      const response = await context.client(SageMakerClient).send(new DescribeNotebookInstanceCommand({ NotebookInstanceName: instance.name }));
      return notebookSettingsOf(parse(NotebookInstanceSchema, response, 'notebook instance'));
    });
    return { ...instance, settings };
  },
});

const LifecycleHookSchema = z.array(z.object({ Content: z.string().nullish() })).nullish();
const LifecycleConfigSchema = z.object({ OnCreate: LifecycleHookSchema, OnStart: LifecycleHookSchema });

/**
 * Each notebook instance's lifecycle scripts, scanned for secrets: one
 * DescribeNotebookInstanceLifecycleConfig per instance that has a configuration, only when the
 * secrets check runs. Secrets are looked for here because detection is asynchronous and checks
 * are not.
 */
const notebookInstanceLifecycles = perListedResource<NotebookInstanceLifecycle, NotebookInstanceDetail>({
  service: 'sagemaker',
  name: 'notebookInstanceLifecycles',
  scope: 'regional',
  listed: notebookInstanceSettings,
  operation: 'ListNotebookInstances',
  async read(context, instance) {
    const lifecycle = await context.field('DescribeNotebookInstanceLifecycleConfig', instance.arn, async (): Promise<LifecycleScan> => {
      const configName = need(instance.settings).lifecycleConfigName;
      if (!configName) return { state: 'none' };
      const response = await context.client(SageMakerClient).send(new DescribeNotebookInstanceLifecycleConfigCommand({ NotebookInstanceLifecycleConfigName: configName }));
      const config = parse(LifecycleConfigSchema, response, 'notebook instance lifecycle configuration');
      const scripts = [
        ...(config.OnCreate ?? []).map((script, index) => ({ script: `OnCreate[${index}]`, content: script.Content })),
        ...(config.OnStart ?? []).map((script, index) => ({ script: `OnStart[${index}]`, content: script.Content })),
      ].filter((script): script is { script: string; content: string } => Boolean(script.content));
      const decoded = scripts.map(({ script, content }) => ({ script, text: decodeBase64Script(content) }));
      if (decoded.some(({ text }) => text === null)) return { state: 'undecodable' };
      const ignorePatterns = context.config.secrets_ignore_patterns;
      return {
        state: 'scanned',
        scripts: await readEach(decoded, async ({ script, text }) => ({ script, secrets: await detectSecrets(text ?? '', ignorePatterns) })),
      };
    });
    return { ...instance, lifecycle };
  },
});

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * A lifecycle script's text, or null when it is not base64. Like Prowler's decoder, characters
 * outside the base64 alphabet are skipped and bytes that are not UTF-8 dropped.
 */
function decodeBase64Script(content: string): string | null {
  const cleaned = content.replace(/[^A-Za-z0-9+/=]/g, '');
  if (!BASE64.test(cleaned)) return null;
  return Buffer.from(cleaned, 'base64').toString('utf8').replace(/\uFFFD/g, '');
}

const ModelSchema = z.object({
  EnableNetworkIsolation: z.boolean().nullish(),
  VpcConfig: z.object({ Subnets: z.array(z.string()).nullish() }).nullish(),
});

/** Each model's isolation and VPC: one DescribeModel per model, only when a model check runs. */
const modelSettings = perListedResource<ModelDetail, NamedResource>({
  service: 'sagemaker',
  name: 'modelSettings',
  scope: 'regional',
  listed: models,
  operation: 'ListModels',
  async read(context, model) {
    const settings = await context.field('DescribeModel', model.arn, async () => {
      const response = parse(ModelSchema, await context.client(SageMakerClient).send(new DescribeModelCommand({ ModelName: model.name })), 'model');
      return { networkIsolation: response.EnableNetworkIsolation ?? false, vpcSubnets: response.VpcConfig?.Subnets ?? [] };
    });
    return { ...model, settings };
  },
});

const TrainingJobSchema = z.object({
  EnableInterContainerTrafficEncryption: z.boolean().nullish(),
  EnableNetworkIsolation: z.boolean().nullish(),
  ResourceConfig: z.object({ VolumeKmsKeyId: z.string().nullish() }).nullish(),
  VpcConfig: z.object({ Subnets: z.array(z.string()).nullish() }).nullish(),
});

/** Each training job's encryption, isolation and VPC: one DescribeTrainingJob per job, only when a training job check runs. */
const trainingJobSettings = perListedResource<TrainingJobDetail, NamedResource>({
  service: 'sagemaker',
  name: 'trainingJobSettings',
  scope: 'regional',
  listed: trainingJobs,
  operation: 'ListTrainingJobs',
  async read(context, job) {
    const settings = await context.field('DescribeTrainingJob', job.arn, async () => {
      const response = parse(TrainingJobSchema, await context.client(SageMakerClient).send(new DescribeTrainingJobCommand({ TrainingJobName: job.name })), 'training job');
      return {
        interContainerEncryption: response.EnableInterContainerTrafficEncryption ?? false,
        volumeKmsKeyId: response.ResourceConfig?.VolumeKmsKeyId ?? null,
        networkIsolation: response.EnableNetworkIsolation ?? false,
        vpcSubnets: response.VpcConfig?.Subnets ?? [],
      };
    });
    return { ...job, settings };
  },
});

const EndpointConfigSchema = z.object({
  KmsKeyId: z.string().nullish(),
  ProductionVariants: z.array(z.object({ VariantName: z.string(), InitialInstanceCount: z.number().nullish() })),
});

/** Each endpoint config's KMS key and variants: one DescribeEndpointConfig per config, only when an endpoint config check runs. */
const endpointConfigSettings = perListedResource<EndpointConfigDetail, NamedResource>({
  service: 'sagemaker',
  name: 'endpointConfigSettings',
  scope: 'regional',
  listed: endpointConfigs,
  operation: 'ListEndpointConfigs',
  async read(context, config) {
    const settings = await context.field('DescribeEndpointConfig', config.arn, async () => {
      const response = parse(EndpointConfigSchema, await context.client(SageMakerClient).send(new DescribeEndpointConfigCommand({ EndpointConfigName: config.name })), 'endpoint config');
      return {
        kmsKeyId: response.KmsKeyId ?? null,
        productionVariants: response.ProductionVariants.map((variant) => ({ name: variant.VariantName, initialInstanceCount: variant.InitialInstanceCount ?? 0 })),
      };
    });
    return { ...config, settings };
  },
});

const DomainSchema = z.object({
  AuthMode: z.string().nullish(),
  SingleSignOnManagedApplicationInstanceId: z.string().nullish(),
  SingleSignOnApplicationArn: z.string().nullish(),
});

/** Each domain's authentication: one DescribeDomain per domain, only when the domain check runs. */
const domainSettings = perListedResource<DomainDetail, Domain>({
  service: 'sagemaker',
  name: 'domainSettings',
  scope: 'regional',
  listed: domains,
  operation: 'ListDomains',
  async read(context, domain) {
    const settings = await context.field('DescribeDomain', domain.arn, async () => {
      const response = parse(DomainSchema, await context.client(SageMakerClient).send(new DescribeDomainCommand({ DomainId: domain.domainId })), 'domain');
      return {
        authMode: response.AuthMode ?? null,
        singleSignOnManagedApplicationInstanceId: response.SingleSignOnManagedApplicationInstanceId ?? null,
        singleSignOnApplicationArn: response.SingleSignOnApplicationArn ?? null,
      };
    });
    return { ...domain, settings };
  },
});

const ModelPackageGroupSchema = z.object({ ModelPackageGroupName: z.string() });

/**
 * The region's model registry: its package groups, then the Approved packages of each group (one
 * filtered ListModelPackages per group) until one group has one.
 */
const modelRegistries = defineCollection<ModelRegistry>({
  service: 'sagemaker',
  name: 'modelRegistries',
  scope: 'regional',
  async load(context) {
    const client = context.client(SageMakerClient);
    const groups = await context.items('ListModelPackageGroups', paginateListModelPackageGroups({ client, pageSize: PAGE_SIZE }, {}), (page) => page.ModelPackageGroupSummaryList, ModelPackageGroupSchema, 'model package group');
    if (context.resources.listingFailures().some((failure) => failure.region === context.region)) return;
    let hasApprovedPackages = false;
    const read = await context.read('ListModelPackages', async () => {
      for (const group of groups) {
        const pages = paginateListModelPackages({ client, pageSize: PAGE_SIZE }, { ModelPackageGroupName: group.ModelPackageGroupName, ModelApprovalStatus: 'Approved' });
        for await (const page of pages) {
          if ((page.ModelPackageSummaryList ?? []).length > 0) {
            hasApprovedPackages = true;
            return;
          }
        }
      }
    });
    if (!read) return;
    context.resources.add({
      arn: context.arn('sagemaker', 'model-registry/unknown'),
      id: 'SageMaker Model Registry',
      region: context.region,
      tags: {},
      hasGroups: groups.length > 0,
      hasApprovedPackages,
    });
  },
});

const MonitoringScheduleSchema = z.object({ MonitoringScheduleArn: z.string(), MonitoringScheduleName: z.string() });

/**
 * The region's model monitoring: ListMonitoringSchedules filtered to Scheduled, in AWS's default
 * order (newest first, the order Prowler meets them in), read until the first one.
 */
const monitoringStates = defineCollection<MonitoringState>({
  service: 'sagemaker',
  name: 'monitoringStates',
  scope: 'regional',
  async load(context) {
    let first: z.infer<typeof MonitoringScheduleSchema> | undefined;
    const read = await context.read('ListMonitoringSchedules', async () => {
      const pages = paginateListMonitoringSchedules({ client: context.client(SageMakerClient), pageSize: PAGE_SIZE }, { StatusEquals: 'Scheduled' });
      for await (const page of pages) {
        const [summary] = page.MonitoringScheduleSummaries ?? [];
        if (summary) {
          first = parse(MonitoringScheduleSchema, summary, 'monitoring schedule');
          return;
        }
      }
    });
    if (!read) return;
    context.resources.add({
      arn: first?.MonitoringScheduleArn ?? context.arn('sagemaker', 'monitoring-schedule/unknown'),
      id: first?.MonitoringScheduleName ?? 'SageMaker Monitoring Schedules',
      region: context.region,
      tags: {},
      scheduled: first !== undefined,
    });
  },
});

/** The container image AWS publishes for Clarify processing jobs has this in its name. */
const CLARIFY_IMAGE = 'sagemaker-clarify-processing';

const ProcessingJobSchema = z.object({ AppSpecification: z.object({ ImageUri: z.string().nullish() }).nullish() });

/**
 * The region's Clarify jobs: one DescribeProcessingJob per processing job (the listing does not
 * name the image), only when the Clarify check runs.
 */
const clarifyUsage = defineCollection<ClarifyUsage, { processingJobs: Collection<NamedResource> }>({
  service: 'sagemaker',
  name: 'clarifyUsage',
  scope: 'regional',
  needs: { processingJobs },
  async load(context, { processingJobs: listed }) {
    await context.read('ListProcessingJobs', async () => {
      const jobs = listed.all(context.region);
      const arn = context.arn('sagemaker', 'processing-job');
      const clarifyJobs = await context.field('DescribeProcessingJob', arn, async () => {
        const images = await readEach(jobs, async (job) => {
          const response = await context.client(SageMakerClient).send(new DescribeProcessingJobCommand({ ProcessingJobName: job.name }));
          return { job, image: parse(ProcessingJobSchema, response, 'processing job').AppSpecification?.ImageUri ?? '' };
        });
        return images.filter(({ image }) => image.includes(CLARIFY_IMAGE)).map(({ job }) => ({ arn: job.arn, name: job.name }));
      });
      context.resources.add({ arn, id: 'sagemaker-clarify', region: context.region, tags: {}, clarifyJobs });
    });
  },
});

export default {
  notebookInstances,
  notebookInstanceSettings,
  notebookInstanceLifecycles,
  models,
  modelSettings,
  trainingJobs,
  trainingJobSettings,
  endpointConfigs,
  endpointConfigSettings,
  processingJobs,
  clarifyUsage,
  domains,
  domainSettings,
  modelRegistries,
  monitoringStates,
};
