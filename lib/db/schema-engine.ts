import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { isPostgresUrl } from '../env';

// Prisma's schema engine, compiled to WebAssembly, driven through a driver adapter: the native engine cannot be
// downloaded on this network. Node cannot import a .wasm file as an ES module, so the glue module is loaded
// alone and the bytes are instantiated here.
const require = createRequire(import.meta.url);

let wasmReady: Promise<typeof import('@prisma/schema-engine-wasm/schema_engine_bg')> | undefined;

function loadWasm() {
  wasmReady ??= (async () => {
    const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = path.join(path.dirname(glue), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    bg.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bg;
  })();
  return wasmReady;
}

// Remembers the connections the engine opens: `engine.free()` does not close them, and an open one kept the
// SQLite file locked for seconds after `applyMigrations` returned, so the first write transaction that followed
// (ingest, tests) timed out. PostgreSQL's connections are closed the same way, so no session outlives the engine.
class TrackedSqliteFactory extends PrismaBetterSqlite3 {
  readonly connections: { dispose(): Promise<void> }[] = [];
  override async connect() {
    const connection = await super.connect();
    this.connections.push(connection);
    return connection;
  }
}

class TrackedPostgresFactory extends PrismaPg {
  readonly connections: { dispose(): Promise<void> }[] = [];
  override async connect() {
    const connection = await super.connect();
    this.connections.push(connection);
    return connection;
  }
}

export type OpenSchemaEngine = SchemaEngine & { close(): Promise<void> };

/**
 * Opens the engine on a store location (a SQLite file or a PostgreSQL URL); `close()` frees it and closes its
 * connections. On PostgreSQL it connects at once, and it can apply migrations but not read the catalogs (see
 * ../shared/docs/POSTGRES-FACTS.md): PostgreSQL migrations are diffed from schema text to schema text instead.
 */
export async function openSchemaEngine(location: string, schemaPath: string, schemaText: string) {
  const bg = await loadWasm();
  const factory = isPostgresUrl(location)
    ? new TrackedPostgresFactory({ connectionString: location })
    : new TrackedSqliteFactory({ url: `file:${location}` });
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const log = () => {};
  const engine = (await bg.SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    log,
    adapter,
  )) as OpenSchemaEngine;
  engine.close = async () => {
    engine.free();
    await Promise.all(factory.connections.map((connection) => connection.dispose()));
  };
  return engine;
}
