import { afterAll } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { CosmosClient, Database } from '@azure/cosmos';
import https from 'node:https';
import { createHttpServer, createHttpsServer } from '@vercel/cosmosdb-server';
import { createCosmosClient } from '../../src/storage/cosmos/client';
import { ensureContainers, type ContainerName, type Containers } from '../../src/storage/cosmos/containers';

/**
 * A Cosmos-compatible server (@vercel/cosmosdb-server) in this process, on 127.0.0.1 and a free port, over
 * plain HTTP: the SDK accepts an http endpoint, so tests need no TLS override at all (the package's HTTPS
 * certificate is self-signed and expired). Data lives in memory and is gone when it closes.
 */
export interface LocalCosmos {
  endpoint: string;
  key: string;
  /** With `tls`: an agent that accepts the server's self-signed certificate (TESTS ONLY). */
  agent?: https.Agent;
  close(): Promise<void>;
}

export const LOCAL_KEY = 'local-test-key';

/**
 * `tls: true` serves HTTPS with the package's self-signed certificate — only for what needs TLS (the SDK
 * sends Entra ID bearer tokens to https endpoints only); the returned agent skips certificate checks.
 */
export async function startLocalCosmos(port = 0, o: { tls?: boolean } = {}): Promise<LocalCosmos> {
  const server: Server = o.tls ? createHttpsServer({ keepAlive: true }) : createHttpServer({ keepAlive: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    endpoint: `${o.tls ? 'https' : 'http'}://127.0.0.1:${actual}`,
    key: LOCAL_KEY,
    ...(o.tls ? { agent: new https.Agent({ rejectUnauthorized: false, keepAlive: true }) } : {}),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let counter = 0;

/** A unique database name for one test. */
export const uniqueDatabase = (prefix = 't'): string => `${prefix}-${process.pid}-${Date.now().toString(36)}-${(counter += 1)}`;

/**
 * A fresh database with the named containers. `reopen()` builds a second, independent client on the same
 * database (another connection, as after a restart or on another instance); `close()` drops the database.
 */
export async function cosmosDatabase<N extends ContainerName>(
  cosmos: LocalCosmos,
  names: readonly N[],
): Promise<{ containers: Pick<Containers, N>; reopen: () => Promise<Pick<Containers, N>>; close: () => Promise<void>; database: Database }> {
  const id = uniqueDatabase();
  const clients: CosmosClient[] = [];
  const open = async () => {
    const client = await createCosmosClient({ endpoint: cosmos.endpoint, key: cosmos.key, database: id });
    clients.push(client);
    const { database } = await client.databases.createIfNotExists({ id });
    return { database, containers: await ensureContainers(database, names) };
  };
  const first = await open();
  return {
    database: first.database,
    containers: first.containers,
    reopen: async () => (await open()).containers,
    close: async () => {
      await first.database.delete().catch(() => undefined);
      for (const c of clients) c.dispose();
    },
  };
}

/**
 * One local Cosmos server per test file: started on first use, closed after the file's tests. Call at the top
 * level of a test file.
 */
export function localCosmosForFile(): () => Promise<LocalCosmos> {
  let server: Promise<LocalCosmos> | undefined;
  afterAll(async () => (await server)?.close());
  return () => (server ??= startLocalCosmos());
}

/** A conformance harness for a store on one container of a fresh database; `reopen` uses a second client. */
export function containerHarness<S>(cosmos: () => Promise<LocalCosmos>, name: ContainerName, make: (c: Containers[ContainerName]) => S) {
  return async () => {
    const db = await cosmosDatabase(await cosmos(), [name]);
    return { store: make(db.containers[name]), reopen: async () => make((await db.reopen())[name]), close: db.close };
  };
}
