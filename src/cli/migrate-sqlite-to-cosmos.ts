/**
 * Moves an embedded (SQLite) deployment's data to Azure Cosmos DB, then checks every table: the number of
 * documents found again and a SHA-256 over their content must equal what was read from SQLite.
 *   npm run migrate:sqlite-to-cosmos [-- --sqlite=path/to/bandonghanh.sqlite]
 * Reads DATA_DIR (the SQLite file) and COSMOS_ENDPOINT, COSMOS_KEY (or managed identity), COSMOS_DATABASE,
 * RETENTION_* from the environment / .env, like the app. Stop the app (or pause webhooks) first; running it
 * again is safe (upserts). Exit code 0 when every table matched, 1 otherwise, 2 for a usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfigFromProcess } from '../config';
import { SQLITE_FILE } from '../storage';
import { cosmosOptions, openCosmosContainers } from '../storage/cosmos';
import { migrateSqliteToCosmos, SKIPPED_TABLES, type TableReport } from '../storage/cosmos/migrate';
import { openDatabase } from '../storage/sqlite/db';

function option(name: string): string | undefined {
  const arg = process.argv.slice(2).find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}

const line = (r: TableReport): string =>
  `${r.ok ? 'ok  ' : 'FAIL'}  ${r.table.padEnd(36)} rows ${String(r.rows).padStart(7)}  docs ${String(r.docs).padStart(7)}  found ${String(r.found).padStart(7)}  sha256 ${r.checksum.slice(0, 12)}${r.ok ? '' : ` ≠ ${r.cosmosChecksum.slice(0, 12)}`}\n`;

export async function main(write: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  let config;
  try {
    config = loadConfigFromProcess();
  } catch (err) {
    if (err instanceof ConfigError) {
      write(`Configuration error:\n${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (!config.COSMOS_ENDPOINT) {
    write('COSMOS_ENDPOINT: expected the Cosmos DB account URL to migrate to\n');
    return 2;
  }
  const file = path.resolve(option('sqlite') ?? path.join(config.dataDir, SQLITE_FILE));
  if (!fs.existsSync(file)) {
    write(`${file}: no SQLite database there (set DATA_DIR or --sqlite=FILE)\n`);
    return 2;
  }
  const db = openDatabase(file);
  const cosmos = await openCosmosContainers(cosmosOptions(config));
  try {
    write(`Copying ${file} → ${config.COSMOS_ENDPOINT} database ${config.COSMOS_DATABASE}\n`);
    const reports = await migrateSqliteToCosmos(db, cosmos.containers, {
      retention: { ordinaryDays: config.RETENTION_ORDINARY_DAYS, safetyDays: config.RETENTION_SAFETY_DAYS },
      onTable: (r) => write(line(r)),
    });
    for (const [table, why] of Object.entries(SKIPPED_TABLES)) write(`skip  ${table.padEnd(36)} ${why}\n`);
    const failed = reports.filter((r) => !r.ok);
    write(failed.length === 0 ? `All ${reports.length} tables copied and verified.\n` : `${failed.length} table(s) did not verify: ${failed.map((r) => r.table).join(', ')}\n`);
    return failed.length === 0 ? 0 : 1;
  } finally {
    db.close();
    cosmos.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
