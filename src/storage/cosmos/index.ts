import type { Database } from '@azure/cosmos';
import type { Stores } from '../index';
import { CosmosBotStorage } from './bot-state';
import { createCosmosChannelStores } from './channels';
import { createCosmosClient, openDatabase } from './client';
import type { CosmosStoreOptions } from './options';
import { CosmosConsentStore } from './consent';
import { CosmosAuditLogStore, CosmosConsoleAccountStore, CosmosConsoleSessionStore } from './console';
import { ALL_CONTAINERS, CONTAINERS, ensureContainers, type Containers } from './containers';
import { CosmosEventBus } from './events';
import { CosmosFeedbackStore } from './feedback';
import { CosmosSurveyProfileStore } from './profiles';
import { CosmosRiskFlagStore } from './risk-flags';
import { CosmosSurveyResultStore } from './surveys';
import { CosmosTicketStore } from './tickets';
import { CosmosTranscriptStore, type TranscriptRetention } from './transcripts';

export { CosmosEventBus } from './events';
export { CONTAINERS, ALL_CONTAINERS, ensureContainers } from './containers';
export { createCosmosClient, type CosmosSettings } from './client';
export { cosmosOptions, type CosmosStoreOptions } from './options';

/** Builds every store on already-opened containers (tests and the migration tool use it directly). */
export function cosmosStoresOn(c: Containers, events: CosmosEventBus, retention: TranscriptRetention = {}): Omit<Stores, 'ping' | 'close'> {
  return {
    engine: 'cosmos',
    botState: new CosmosBotStorage(c.botState),
    transcripts: new CosmosTranscriptStore(c.transcripts, retention),
    tickets: new CosmosTicketStore(c.tickets, c.threads),
    feedback: new CosmosFeedbackStore(c.feedback),
    riskFlags: new CosmosRiskFlagStore(c.riskFlags),
    consents: new CosmosConsentStore(c.consents),
    surveyResults: new CosmosSurveyResultStore(c.surveyResults),
    surveyProfiles: new CosmosSurveyProfileStore(c.surveyProfiles),
    channels: createCosmosChannelStores(c),
    consoleAccounts: new CosmosConsoleAccountStore(c.accounts),
    consoleSessions: new CosmosConsoleSessionStore(c.sessions),
    audit: new CosmosAuditLogStore(c.audit),
    events,
  };
}

/** The client, database and container handles (created when missing unless `createIfMissing` is false). */
export async function openCosmosContainers(o: CosmosStoreOptions): Promise<{ containers: Containers; database: Database; close: () => void }> {
  const client = await createCosmosClient(o);
  const create = o.createIfMissing !== false;
  const database = create ? await openDatabase(client, o) : client.database(o.database);
  const containers = create
    ? await ensureContainers(database, ALL_CONTAINERS)
    : (Object.fromEntries(ALL_CONTAINERS.map((n) => [n, database.container(CONTAINERS[n].id)])) as Containers);
  return { containers, database, close: () => client.dispose() };
}

/**
 * The scale-out engine: every store on Azure Cosmos DB (STORAGE=cosmos). Opens the client (key, or managed
 * identity when COSMOS_KEY is empty), creates the database and containers that are missing, starts the
 * cross-instance event bus, and returns the same `Stores` shape as openSqliteStores.
 */
export async function openCosmosStores(o: CosmosStoreOptions): Promise<Stores & { containers: Containers }> {
  const { containers, database, close } = await openCosmosContainers(o);
  const events = await CosmosEventBus.start(containers.events, o.events);
  let closed = false;
  return {
    ...cosmosStoresOn(containers, events, o.retention),
    containers,
    ping: async () => {
      if (closed) throw new Error('cosmos client closed');
      await database.read();
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await events.close();
      close();
    },
  };
}
