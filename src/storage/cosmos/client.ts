import type { Agent } from 'node:http';
import { CosmosClient, type Database } from '@azure/cosmos';
import type { TokenCredential } from '@azure/core-auth';

/** Where the Cosmos DB account is and how to sign in (from COSMOS_ENDPOINT, COSMOS_KEY, COSMOS_DATABASE). */
export interface CosmosSettings {
  endpoint: string;
  /** Account key. Empty or undefined: Microsoft Entra ID through DefaultAzureCredential (managed identity on Azure). */
  key?: string;
  database: string;
  /** Overrides the credential used when there is no key (tests). */
  credential?: TokenCredential;
  /** Custom HTTP(S) agent (tests and local tools only). */
  agent?: Agent;
  /** Autoscale maximum RU/s for a database this process creates; leave unset on serverless accounts. */
  autoscaleMaxThroughput?: number;
}

/** COSMOS_KEY is empty and @azure/identity cannot be loaded. */
export class CosmosCredentialError extends Error {
  override readonly name = 'CosmosCredentialError';
}

/**
 * Builds the SDK client. Uses the key when there is one; otherwise Microsoft Entra ID via
 * `DefaultAzureCredential` from @azure/identity (a managed identity on App Service / Container Apps, the
 * developer's `az login` locally) — the identity then needs the "Cosmos DB Built-in Data Contributor" role
 * (deploy/main.bicep assigns it), and containers must already exist (data-plane RBAC cannot create them;
 * the Bicep templates do).
 *
 * An `http://` endpoint (the local test server) turns endpoint discovery off: the server advertises https
 * locations that it does not serve. Real accounts are always https.
 */
export async function createCosmosClient(s: CosmosSettings): Promise<CosmosClient> {
  const discovery = new URL(s.endpoint).protocol === 'https:';
  const common = {
    endpoint: s.endpoint,
    ...(s.agent ? { agent: s.agent } : {}),
    connectionPolicy: { enableEndpointDiscovery: discovery },
  };
  if (s.key) return new CosmosClient({ ...common, key: s.key });
  return new CosmosClient({ ...common, aadCredentials: s.credential ?? (await defaultCredential()) });
}

async function defaultCredential(): Promise<TokenCredential> {
  try {
    const identity = await import('@azure/identity');
    return new identity.DefaultAzureCredential();
  } catch (err) {
    throw new CosmosCredentialError(`COSMOS_KEY is empty and @azure/identity could not be loaded for managed identity: ${(err as Error).message}`);
  }
}

/** Opens (creating when missing) the database; losing a creation race to another instance (409) is fine. */
export async function openDatabase(client: CosmosClient, s: CosmosSettings): Promise<Database> {
  try {
    await client.databases.createIfNotExists({
      id: s.database,
      ...(s.autoscaleMaxThroughput ? { maxThroughput: s.autoscaleMaxThroughput } : {}),
    });
  } catch (err) {
    if ((err as { code?: unknown }).code !== 409) throw err;
  }
  return client.database(s.database);
}
