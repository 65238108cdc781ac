import { afterAll } from 'vitest';
import { CosmosChannelContactStore } from '../../../src/storage/cosmos/channel-contacts';
import { CosmosChannelFailureStore } from '../../../src/storage/cosmos/channel-failures';
import { CosmosChannelInboxStore } from '../../../src/storage/cosmos/channel-inbox';
import { CosmosChannelOutboxStore } from '../../../src/storage/cosmos/channel-outbox';
import { CosmosChannelTokenStore } from '../../../src/storage/cosmos/channel-tokens';
import type { ContainerName, Containers } from '../../../src/storage/cosmos/containers';
import { channelContactsConformance } from '../conformance/channel-contacts';
import { channelFailuresConformance } from '../conformance/channel-failures';
import { channelInboxConformance } from '../conformance/channel-inbox';
import { channelOutboxConformance } from '../conformance/channel-outbox';
import { channelTokensConformance } from '../conformance/channel-tokens';
import { cosmosDatabase, startLocalCosmos, type LocalCosmos } from '../../helpers/cosmos';

let server: Promise<LocalCosmos> | undefined;
const cosmos = () => (server ??= startLocalCosmos());
afterAll(async () => (await server)?.close());

/** A store on one container of a fresh database; `reopen` builds it again on a second client. */
function harness<S>(name: ContainerName, make: (c: Containers[ContainerName]) => S) {
  return async () => {
    const db = await cosmosDatabase(await cosmos(), [name]);
    return { store: make(db.containers[name]), reopen: async () => make((await db.reopen())[name]), close: db.close };
  };
}

channelInboxConformance(harness('inbox', (c) => new CosmosChannelInboxStore(c)));
channelOutboxConformance(harness('outbox', (c) => new CosmosChannelOutboxStore(c)));
channelContactsConformance(harness('contacts', (c) => new CosmosChannelContactStore(c)));
channelFailuresConformance(harness('failures', (c) => new CosmosChannelFailureStore(c)));
channelTokensConformance(harness('tokens', (c) => new CosmosChannelTokenStore(c)));
