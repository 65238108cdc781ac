import type { Container, ContainerRequest, Database, IndexingPolicy } from '@azure/cosmos';
import { EVENT_TTL_SECONDS } from '../ports/events';

/**
 * Every container the app uses, with its partition key, TTL switch and indexing policy. Each document keeps
 * its partition-key value in `pk`; what `pk` holds is chosen for the hot path of that store (point reads
 * and single-partition queries by conversation or user). deploy/cosmos.bicep declares the same containers;
 * test/storage/cosmos/containers.test.ts checks the two agree.
 *
 * TTL: `defaultTtl: -1` turns TTL on without expiring anything by default; the stores then set a per-item
 * `ttl` where the data has a known lifetime (sessions, locks, OAuth states, events, dedupe keys,
 * transcripts by kind). Explicit purges (the ports' `purge*` methods) still run: they implement the exact
 * retention rules, TTL is the backstop that also costs no request units.
 */

/** Index everything except the listed paths (large or never-filtered text). */
const allBut = (...excluded: string[]): IndexingPolicy => ({
  indexingMode: 'consistent',
  automatic: true,
  includedPaths: [{ path: '/*' }],
  excludedPaths: [...excluded.map((path) => ({ path })), { path: '/"_etag"/?' }],
});

type Order = 'ascending' | 'descending';
const composite = (...pairs: [string, Order][][]): IndexingPolicy['compositeIndexes'] =>
  pairs.map((pair) => pair.map(([path, order]) => ({ path, order })));

const def = (id: string, extra: Partial<ContainerRequest> = {}): ContainerRequest & { id: string } => ({
  id,
  partitionKey: { paths: ['/pk'] },
  indexingPolicy: allBut(),
  ...extra,
});

/** Container definitions by logical name. `pk` value in the comment. */
export const CONTAINERS = {
  /** pk = id = escaped state key. Only the key is indexed (deleteMatching); state values never are. */
  botState: def('botstate', {
    indexingPolicy: { indexingMode: 'consistent', automatic: true, includedPaths: [{ path: '/key/?' }], excludedPaths: [{ path: '/*' }] },
  }),
  /** pk = conversation id: `recent()` is a single-partition query. TTL per entry by kind. */
  transcripts: def('transcripts', { defaultTtl: -1, indexingPolicy: allBut('/text/?') }),
  /** pk = ticket id (tickets) or `open:<conversation>` (the one-open-ticket pointer). */
  tickets: def('tickets'),
  /** pk = ticket id: a ticket's thread messages and notes. */
  threads: def('threads', { indexingPolicy: allBut('/text/?') }),
  /** pk = user id: votes and unanswered questions ("delete my data" is single-partition). */
  feedback: def('feedback', {
    indexingPolicy: {
      ...allBut('/text/?'),
      compositeIndexes: composite([['/at', 'descending'], ['/seq', 'descending']]),
    },
  }),
  /** pk = flag or miss id. */
  riskFlags: def('riskflags', {
    indexingPolicy: { ...allBut(), compositeIndexes: composite([['/at', 'descending'], ['/seq', 'descending']]) },
  }),
  /** pk = user id. */
  consents: def('consents'),
  /** pk = user id. Staff lists and exports are cross-partition, ordered by (completedAt, id). */
  surveyResults: def('surveyresults', {
    indexingPolicy: {
      ...allBut(),
      compositeIndexes: composite(
        [['/completedAt', 'descending'], ['/id', 'descending']],
        [['/completedAt', 'ascending'], ['/id', 'ascending']],
      ),
    },
  }),
  /** pk = id = user id. */
  surveyProfiles: def('surveyprofiles'),
  /** pk = `<channel>|<userKey>`: a user's queued events and their dedupe keys (one transactional batch). */
  inbox: def('inbox', { defaultTtl: -1, indexingPolicy: allBut('/payload/?') }),
  /** pk = id (the numeric item id). */
  outbox: def('outbox', { indexingPolicy: allBut('/payload/?') }),
  /** pk = user id; id = channel + user. */
  contacts: def('contacts', { indexingPolicy: allBut('/options/*') }),
  /** pk = conversation id. */
  failures: def('failures', {
    indexingPolicy: { ...allBut(), compositeIndexes: composite([['/at', 'ascending'], ['/seq', 'ascending']]) },
  }),
  /** pk = id: token pairs, refresh locks and OAuth states (the last two with a TTL). */
  tokens: def('tokens', { defaultTtl: -1, indexingPolicy: { indexingMode: 'consistent', automatic: true, includedPaths: [], excludedPaths: [{ path: '/*' }] } }),
  /** pk = "account" (few items): the unique key on the lower-cased username is then global. */
  accounts: def('accounts', { uniqueKeyPolicy: { uniqueKeys: [{ paths: ['/usernameKey'] }] } }),
  /** pk = id = session id hash; TTL = until the session expires. */
  sessions: def('sessions', { defaultTtl: -1 }),
  /** pk = id. Append-only. */
  audit: def('audit', { indexingPolicy: allBut('/details/*') }),
  /** pk = publishing instance: cross-instance events, kept EVENT_TTL_SECONDS. */
  events: def('events', { defaultTtl: EVENT_TTL_SECONDS, indexingPolicy: allBut('/data/*') }),
} as const satisfies Record<string, ContainerRequest>;

export type ContainerName = keyof typeof CONTAINERS;
export type Containers = Record<ContainerName, Container>;

/**
 * Creates the containers that are missing (never changes an existing one) and returns handles to all.
 * Safe when several instances start at once: a create that loses the race (409) just uses the container.
 */
export async function ensureContainers<N extends ContainerName>(db: Database, names: readonly N[]): Promise<Pick<Containers, N>> {
  const out = {} as Pick<Containers, N>;
  for (const name of names) {
    try {
      await db.containers.createIfNotExists(CONTAINERS[name]);
    } catch (err) {
      if ((err as { code?: unknown }).code !== 409) throw err;
    }
    out[name] = db.container(CONTAINERS[name].id);
  }
  return out;
}

export const ALL_CONTAINERS = Object.keys(CONTAINERS) as ContainerName[];

/**
 * The container list deploy/cosmos.bicep creates (loaded there with loadJsonContent), in ARM's shape.
 * test/storage/cosmos/containers.test.ts fails when deploy/cosmos-containers.json differs from this; to
 * regenerate: `npx tsx -e "console.log(JSON.stringify(require('./src/storage/cosmos/containers').bicepContainers(), null, 2))" > deploy/cosmos-containers.json`
 */
export function bicepContainers(): { id: string; defaultTtl: number | null; indexingPolicy: IndexingPolicy; uniqueKeyPolicy: ContainerRequest['uniqueKeyPolicy'] | null }[] {
  return ALL_CONTAINERS.map((name) => {
    const c: ContainerRequest & { id: string } = CONTAINERS[name];
    return { id: c.id, defaultTtl: c.defaultTtl ?? null, indexingPolicy: c.indexingPolicy as IndexingPolicy, uniqueKeyPolicy: c.uniqueKeyPolicy ?? null };
  });
}
