import type { TokenCredential } from '@azure/core-auth';
import { describe, expect, it } from 'vitest';
import { createCosmosClient } from '../../../src/storage/cosmos/client';
import { cosmosOptions } from '../../../src/storage/cosmos/options';
import { openCosmosStores } from '../../../src/storage';
import { localCosmosForFile, startLocalCosmos, uniqueDatabase } from '../../helpers/cosmos';

const cosmos = localCosmosForFile();

const config = { COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/', COSMOS_DATABASE: 'bandonghanh', RETENTION_ORDINARY_DAYS: 90, RETENTION_SAFETY_DAYS: 365 };

describe('Cosmos DB client and settings', () => {
  it('uses the key when there is one and creates missing containers', () => {
    expect(cosmosOptions({ ...config, COSMOS_KEY: 'k' })).toMatchObject({ key: 'k', createIfMissing: true, retention: { ordinaryDays: 90, safetyDays: 365 } });
  });

  it('signs in with Microsoft Entra ID when COSMOS_KEY is empty, and then leaves containers to the templates', async () => {
    const options = cosmosOptions({ ...config, COSMOS_KEY: undefined });
    expect(options.key).toBeUndefined();
    expect(options.createIfMissing).toBe(false);
    const asked: string[][] = [];
    const credential: TokenCredential = {
      getToken: (scopes) => {
        asked.push([scopes].flat());
        return Promise.resolve({ token: 'entra-token', expiresOnTimestamp: Date.now() + 3_600_000 });
      },
    };
    const local = await startLocalCosmos(0, { tls: true });
    const client = await createCosmosClient({ ...options, endpoint: local.endpoint, credential, ...(local.agent ? { agent: local.agent } : {}) });
    try {
      await client.databases.createIfNotExists({ id: uniqueDatabase('entra') });
    } finally {
      client.dispose();
      await local.close();
    }
    // The SDK asked the credential for a Cosmos DB token (a managed identity on Azure); no key was used.
    expect(asked.flat().some((scope) => scope.endsWith('/.default'))).toBe(true);
  });

  it('a missing endpoint is a clear error', () => {
    expect(() => cosmosOptions({ ...config, COSMOS_ENDPOINT: undefined })).toThrow(/COSMOS_ENDPOINT/);
  });

  it('opens every store on a fresh database, answers the readiness ping, and closes', async () => {
    const local = await cosmos();
    const stores = await openCosmosStores({ endpoint: local.endpoint, key: local.key, database: uniqueDatabase('open') });
    expect(stores.engine).toBe('cosmos');
    await expect(stores.ping()).resolves.toBeUndefined();
    await stores.transcripts.append({ conversationId: 'c', userId: 'u', channel: 'web', direction: 'in', type: 'message', text: 'chào', at: '2026-01-01T00:00:00.000Z' });
    expect(await stores.transcripts.countByUser('u')).toBe(1);
    await stores.close();
    await expect(stores.ping()).rejects.toThrow(/closed/);
  });
});
