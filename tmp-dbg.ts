import Database from 'better-sqlite3';
import { readFile } from 'node:fs/promises';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { openSchemaEngine } from '@/lib/db/schema-engine';
import { applyMigrations } from '@/lib/db/migrations';
// Capture connections made by the factory.
const opened: { dispose(): Promise<void> }[] = [];
const orig = PrismaBetterSqlite3.prototype.connect;
PrismaBetterSqlite3.prototype.connect = async function (this: PrismaBetterSqlite3) { const a = await orig.call(this); opened.push(a as never); return a; };
const file = '/tmp/dbg-' + Date.now() + '.db';
await applyMigrations(file);
console.log('opened', opened.length);
for (const a of opened) await a.dispose();
const d = new Database(file, { timeout: 0 });
try { d.exec("insert into ReadingList (id,title,language,editTokenHash,shareToken,updatedAt) values ('a','t','en','h','s','2020')"); console.log('write ok'); } catch (e) { console.log((e as Error).message); }
