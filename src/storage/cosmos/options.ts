import type { Config } from '../../config';
import type { CosmosSettings } from './client';
import type { CosmosEventBusOptions } from './events';
import type { TranscriptRetention } from './transcripts';

/** Everything openCosmosStores needs. Type-only imports: safe to load in SQLite mode. */
export interface CosmosStoreOptions extends CosmosSettings {
  /** Retention in days (RETENTION_ORDINARY_DAYS / RETENTION_SAFETY_DAYS) for transcript TTLs. */
  retention?: TranscriptRetention;
  /** Event bus settings (feed mode, poll interval, instance id, error sink). */
  events?: CosmosEventBusOptions;
  /**
   * Create the database and missing containers (default true). False with managed identity: data-plane
   * RBAC cannot create them; the Bicep templates do.
   */
  createIfMissing?: boolean;
}

/** The settings the app and the CLIs use, from the configuration (COSMOS_*, RETENTION_*). */
export function cosmosOptions(
  config: Pick<Config, 'COSMOS_ENDPOINT' | 'COSMOS_KEY' | 'COSMOS_DATABASE' | 'RETENTION_ORDINARY_DAYS' | 'RETENTION_SAFETY_DAYS'>,
  extra: Partial<CosmosStoreOptions> = {},
): CosmosStoreOptions {
  if (!config.COSMOS_ENDPOINT) throw new Error('COSMOS_ENDPOINT is not set');
  return {
    endpoint: config.COSMOS_ENDPOINT,
    ...(config.COSMOS_KEY ? { key: config.COSMOS_KEY } : {}),
    database: config.COSMOS_DATABASE,
    retention: { ordinaryDays: config.RETENTION_ORDINARY_DAYS, safetyDays: config.RETENTION_SAFETY_DAYS },
    // Managed identity (no key) cannot create databases or containers through the data plane.
    createIfMissing: Boolean(config.COSMOS_KEY),
    ...extra,
  };
}
