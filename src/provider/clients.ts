import type { AwsCredentialIdentityProvider, MetadataBearer, MiddlewareStack } from '@aws-sdk/types';
import type { LimitFunction } from 'p-limit';

/**
 * The SDK client shape this factory needs: a constructor taking the common configuration, and a
 * middleware stack it can pace. Every @aws-sdk/client-* class fits.
 */
export interface SdkClient {
  middlewareStack: MiddlewareStack<object, MetadataBearer>;
  destroy(): void;
}

export type SdkClientClass<C extends SdkClient> = new (config: ClientSettings) => C;

export interface ClientSettings {
  region: string;
  credentials: AwsCredentialIdentityProvider;
  endpoint?: string;
  forcePathStyle?: boolean;
  endpointProvider?: () => { url: URL };
  maxAttempts: number;
  retryMode: 'standard';
  requestHandler: { requestTimeout: number; connectionTimeout: number };
}

export interface ClientFactoryOptions {
  credentials: AwsCredentialIdentityProvider;
  /** One limit for every call of the scan, so the account is paced as a whole. */
  limit: LimitFunction;
  endpoint?: string;
  /** Attempts per call, throttling included; the SDK backs off exponentially between them. */
  maxAttempts?: number;
}

/** API calls made, by "Service:Operation", for the benchmark and debug logs. */
export type CallCounts = Map<string, number>;

/**
 * Makes one SDK client per (service, region) and hands the same one back on every later request,
 * all sharing one credential provider and one concurrency limit.
 */
export class ClientFactory {
  private readonly clients = new Map<string, SdkClient>();
  readonly calls: CallCounts = new Map();

  constructor(private readonly options: ClientFactoryOptions) {}

  get<C extends SdkClient>(ClientClass: SdkClientClass<C>, region: string): C {
    const key = `${ClientClass.name}/${region}`;
    const existing = this.clients.get(key);
    if (existing) return existing as C;
    const { endpoint } = this.options;
    const client = new ClientClass({
      region,
      credentials: this.options.credentials,
      endpoint: this.options.endpoint,
      // Emulators such as moto serve every bucket on one host, so S3 must address by path there.
      forcePathStyle: this.options.endpoint ? true : undefined,
      // S3 Control's endpoint rules put the account ID in front of the host ({AccountId}.s3-control...),
      // an overridden endpoint included, which makes an emulator address such as 127.0.0.1 invalid
      // (disableHostPrefix does not reach endpoint rules). The account ID also travels in the
      // x-amz-account-id header, which is what emulators read.
      ...(endpoint && ClientClass.name === 'S3ControlClient' ? { endpointProvider: () => ({ url: new URL(endpoint) }) } : {}),
      maxAttempts: this.options.maxAttempts ?? 8,
      retryMode: 'standard',
      requestHandler: { requestTimeout: 60_000, connectionTimeout: 10_000 },
    });
    const serviceName = ClientClass.name.replace(/Client$/, '');
    client.middlewareStack.add(
      (next, context) => (args) => {
        const operation = `${serviceName}:${(context.commandName ?? 'Unknown').replace(/Command$/, '')}`;
        this.calls.set(operation, (this.calls.get(operation) ?? 0) + 1);
        return this.options.limit(() => next(args));
      },
      { step: 'initialize', name: 'scannerPacing' },
    );
    this.clients.set(key, client);
    return client;
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }
}
