import { CosmosBotStorage } from '../../../src/storage/cosmos/bot-state';
import { CosmosAuditLogStore, CosmosConsoleAccountStore, CosmosConsoleSessionStore } from '../../../src/storage/cosmos/console';
import { CosmosTicketStore } from '../../../src/storage/cosmos/tickets';
import { CosmosTranscriptStore } from '../../../src/storage/cosmos/transcripts';
import { botStateConformance } from '../conformance/bot-state';
import { consoleConformance } from '../conformance/console';
import { ticketConformance } from '../conformance/tickets';
import { transcriptConformance } from '../conformance/transcripts';
import { cosmosDatabase, localCosmosForFile } from '../../helpers/cosmos';

const cosmos = localCosmosForFile();

botStateConformance(async () => {
  const db = await cosmosDatabase(await cosmos(), ['botState']);
  return {
    store: new CosmosBotStorage(db.containers.botState),
    reopen: async () => new CosmosBotStorage((await db.reopen()).botState),
    second: async () => new CosmosBotStorage((await db.reopen()).botState),
    close: db.close,
  };
});

transcriptConformance(async () => {
  const db = await cosmosDatabase(await cosmos(), ['transcripts']);
  const retention = { ordinaryDays: 90, safetyDays: 365 };
  return {
    store: new CosmosTranscriptStore(db.containers.transcripts, retention),
    reopen: async () => new CosmosTranscriptStore((await db.reopen()).transcripts, retention),
    close: db.close,
  };
});

ticketConformance(async () => {
  const db = await cosmosDatabase(await cosmos(), ['tickets', 'threads']);
  const open = (c: { tickets: typeof db.containers.tickets; threads: typeof db.containers.threads }) => new CosmosTicketStore(c.tickets, c.threads);
  return {
    store: open(db.containers),
    reopen: async () => open(await db.reopen()),
    second: async () => open(await db.reopen()),
    close: db.close,
  };
});

consoleConformance(async () => {
  const db = await cosmosDatabase(await cosmos(), ['accounts', 'sessions', 'audit']);
  const c = db.containers;
  return {
    accounts: new CosmosConsoleAccountStore(c.accounts),
    sessions: new CosmosConsoleSessionStore(c.sessions),
    audit: new CosmosAuditLogStore(c.audit),
    close: db.close,
  };
});
