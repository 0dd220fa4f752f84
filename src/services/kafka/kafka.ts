import { KafkaClient, paginateListClustersV2, paginateListKafkaVersions } from '@aws-sdk/client-kafka';
import { KafkaConnectClient, paginateListConnectors } from '@aws-sdk/client-kafkaconnect';
import { z } from 'zod';
import { defineCollection } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** MSK's list calls return at most 100 items a page. */
const MSK_PAGE_SIZE = 100;

/**
 * An MSK cluster, provisioned or serverless; `id` is the last part of its ARN (the cluster's UUID
 * suffix), as Prowler reports it, and `name` its name.
 */
export interface KafkaCluster extends AwsResource {
  name: string;
  serverless: boolean;
  /** The brokers' Kafka version; null for serverless clusters, whose version AWS manages. */
  kafkaVersion: string | null;
  /** The KMS key encrypting broker volumes; empty when AWS's own key is used. Serverless: none. */
  dataVolumeKmsKeyId: string;
  /** TLS, TLS_PLAINTEXT or PLAINTEXT between clients and brokers (serverless: TLS). */
  clientBrokerEncryption: string;
  /** Whether traffic between brokers is encrypted (serverless: always). */
  inClusterEncryption: boolean;
  /** Whether clients authenticate with TLS certificates (serverless: always, by IAM over TLS). */
  tlsAuthentication: boolean;
  /** Whether clients may connect without authenticating (serverless: never). */
  unauthenticatedAccess: boolean;
  /** Whether brokers are reachable from the Internet (serverless: never). */
  publicAccess: boolean;
  /** DEFAULT, PER_BROKER, PER_TOPIC_PER_BROKER or PER_TOPIC_PER_PARTITION (serverless: DEFAULT). */
  enhancedMonitoring: string;
}

/** An MSK Connect connector; `id` is its name, as Prowler reports it. */
export interface KafkaConnector extends AwsResource {
  name: string;
  /** TLS or PLAINTEXT: how the connector talks to its Kafka cluster. */
  encryptionInTransit: string;
}

/** A Kafka version MSK offers in a region; `id` is the version. */
export interface KafkaVersion extends AwsResource {
  /** ACTIVE or DEPRECATED. */
  status: string;
}

const ProvisionedSchema = z.object({
  CurrentBrokerSoftwareInfo: z.object({ KafkaVersion: z.string().nullish() }).nullish(),
  EncryptionInfo: z
    .object({
      EncryptionAtRest: z.object({ DataVolumeKMSKeyId: z.string().nullish() }).nullish(),
      EncryptionInTransit: z.object({ ClientBroker: z.string().nullish(), InCluster: z.boolean().nullish() }).nullish(),
    })
    .nullish(),
  ClientAuthentication: z
    .object({
      Tls: z.object({ Enabled: z.boolean().nullish() }).nullish(),
      Unauthenticated: z.object({ Enabled: z.boolean().nullish() }).nullish(),
    })
    .nullish(),
  BrokerNodeGroupInfo: z.object({ ConnectivityInfo: z.object({ PublicAccess: z.object({ Type: z.string().nullish() }).nullish() }).nullish() }).nullish(),
  EnhancedMonitoring: z.string().nullish(),
});

const ClusterSchema = z.object({
  ClusterArn: z.string(),
  ClusterName: z.string().default(''),
  ClusterType: z.string().nullish(),
  Tags: z.record(z.string(), z.string()).nullish(),
  Provisioned: ProvisionedSchema.nullish(),
  Serverless: z.object({}).nullish(),
});

type ClusterInfo = z.infer<typeof ClusterSchema>;

const ConnectorSchema = z.object({
  connectorArn: z.string(),
  connectorName: z.string().default(''),
  kafkaClusterEncryptionInTransit: z.object({ encryptionType: z.string().nullish() }).nullish(),
});

const VersionSchema = z.object({ Version: z.string(), Status: z.string().default('UNKNOWN') });

/**
 * Every cluster of the region from ListClustersV2, which describes provisioned and serverless
 * clusters alike. A cluster of another type (none exists yet) is left out, as Prowler does.
 */
const clusters = defineCollection<KafkaCluster>({
  service: 'kafka',
  name: 'clusters',
  scope: 'regional',
  async load(context) {
    const pages = paginateListClustersV2({ client: context.client(KafkaClient), pageSize: MSK_PAGE_SIZE }, {});
    for (const cluster of await context.items('ListClustersV2', pages, (page) => page.ClusterInfoList, ClusterSchema, 'MSK cluster')) {
      const settings = clusterSettings(cluster);
      if (!settings) continue;
      context.resources.add({
        arn: cluster.ClusterArn,
        id: cluster.ClusterArn.split('/').at(-1) ?? cluster.ClusterArn,
        name: cluster.ClusterName,
        region: context.region,
        tags: cluster.Tags ?? {},
        ...settings,
      });
    }
  },
});

function clusterSettings(cluster: ClusterInfo): Omit<KafkaCluster, keyof AwsResource> | null {
  if (cluster.ClusterType === 'SERVERLESS' && cluster.Serverless) {
    // Serverless MSK always encrypts, authenticates over TLS and stays private; it has nothing to configure.
    return {
      serverless: true,
      kafkaVersion: null,
      dataVolumeKmsKeyId: '',
      clientBrokerEncryption: 'TLS',
      inClusterEncryption: true,
      tlsAuthentication: true,
      unauthenticatedAccess: false,
      publicAccess: false,
      enhancedMonitoring: 'DEFAULT',
    };
  }
  if (cluster.ClusterType !== 'PROVISIONED' || !cluster.Provisioned) return null;
  const provisioned = cluster.Provisioned;
  const inTransit = provisioned.EncryptionInfo?.EncryptionInTransit;
  return {
    serverless: false,
    kafkaVersion: provisioned.CurrentBrokerSoftwareInfo?.KafkaVersion ?? '',
    dataVolumeKmsKeyId: provisioned.EncryptionInfo?.EncryptionAtRest?.DataVolumeKMSKeyId ?? '',
    clientBrokerEncryption: inTransit?.ClientBroker ?? 'PLAINTEXT',
    inClusterEncryption: inTransit?.InCluster ?? false,
    tlsAuthentication: provisioned.ClientAuthentication?.Tls?.Enabled ?? false,
    unauthenticatedAccess: provisioned.ClientAuthentication?.Unauthenticated?.Enabled ?? false,
    // Without a stated type AWS gives brokers its own public addresses.
    publicAccess: (provisioned.BrokerNodeGroupInfo?.ConnectivityInfo?.PublicAccess?.Type ?? 'SERVICE_PROVIDED_EIPS') !== 'DISABLED',
    enhancedMonitoring: provisioned.EnhancedMonitoring ?? 'DEFAULT',
  };
}

/**
 * The Kafka versions MSK offers in the region, in the order AWS lists them (oldest first), so the
 * last one is the newest.
 */
const versions = defineCollection<KafkaVersion>({
  service: 'kafka',
  name: 'versions',
  scope: 'regional',
  async load(context) {
    const pages = paginateListKafkaVersions({ client: context.client(KafkaClient), pageSize: MSK_PAGE_SIZE }, {});
    for (const version of await context.items('ListKafkaVersions', pages, (page) => page.KafkaVersions, VersionSchema, 'Kafka version')) {
      context.resources.add({
        arn: context.arn('kafka', `kafka-version/${version.Version}`),
        id: version.Version,
        name: version.Version,
        region: context.region,
        tags: {},
        status: version.Status,
      });
    }
  },
});

/** MSK Connect's connectors, from its own API (ListConnectors answers with each one's transit encryption). */
const connectors = defineCollection<KafkaConnector>({
  service: 'kafka',
  name: 'connectors',
  scope: 'regional',
  endpoint: 'kafkaconnect',
  async load(context) {
    const pages = paginateListConnectors({ client: context.client(KafkaConnectClient), pageSize: MSK_PAGE_SIZE }, {});
    for (const connector of await context.items('ListConnectors', pages, (page) => page.connectors, ConnectorSchema, 'MSK Connect connector')) {
      context.resources.add({
        arn: connector.connectorArn,
        id: connector.connectorName,
        name: connector.connectorName,
        region: context.region,
        tags: {},
        // AWS states the type for every connector; a connector without one talks in plaintext.
        encryptionInTransit: connector.kafkaClusterEncryptionInTransit?.encryptionType ?? 'PLAINTEXT',
      });
    }
  },
});

export default { clusters, versions, connectors };
