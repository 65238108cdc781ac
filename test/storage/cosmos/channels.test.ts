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
import { containerHarness, localCosmosForFile } from '../../helpers/cosmos';

const cosmos = localCosmosForFile();
const harness = <S>(name: ContainerName, make: (c: Containers[ContainerName]) => S) => containerHarness(cosmos, name, make);

channelInboxConformance(harness('inbox', (c) => new CosmosChannelInboxStore(c)));
channelOutboxConformance(harness('outbox', (c) => new CosmosChannelOutboxStore(c)));
channelContactsConformance(harness('contacts', (c) => new CosmosChannelContactStore(c)));
channelFailuresConformance(harness('failures', (c) => new CosmosChannelFailureStore(c)));
channelTokensConformance(harness('tokens', (c) => new CosmosChannelTokenStore(c)));
