import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Module, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import postgres from 'postgres';
import { postgresEventStore } from '#event-store';
import { applyHttpEdge } from '#http';
import { standaloneHttpAdapter } from '../../apps/standalone/src/create-standalone-app.js';
import { STORAGE_SETTINGS } from '../../apps/standalone/src/settings/storage.settings.js';
import { ScanShipmentDto } from '../../libs/custody/src/scanning/scan-shipment/scan-shipment.dto.js';
import { FloorScans, type RecordedScan } from './floor-scans.js';

// The floor under bench:scans: the app's HTTP edge (Fastify, its validation pipe and error filter) and the
// scan's own DTO, with no token, no check and nothing done after the answer. Started by bench:scans-floor.

@Controller()
class FloorScansController {
  constructor(@Inject(FloorScans) private readonly floor: FloorScans) {}

  @Post('validate/checkpoints/:code/scans')
  @HttpCode(HttpStatus.CREATED)
  validate(@Param('code') code: string, @Body() body: ScanShipmentDto) {
    return this.floor.answer(code, body);
  }

  @Post('raw/checkpoints/:code/scans')
  @HttpCode(HttpStatus.CREATED)
  raw(@Param('code') code: string, @Body() body: ScanShipmentDto) {
    return this.floor.raw(code, body);
  }

  @Post('store/checkpoints/:code/scans')
  @HttpCode(HttpStatus.CREATED)
  stored(@Param('code') code: string, @Body() body: ScanShipmentDto) {
    return this.floor.stored(code, body);
  }

  @Get('health')
  health() {
    return { status: 'ok' };
  }
}

/** Connections of the raw client and of the store: the app's DATABASE_POOL_SIZE default unless FLOOR_POOL says otherwise. */
const POOL = Number(process.env.FLOOR_POOL ?? STORAGE_SETTINGS.databasePoolSize.fallback);
if (!Number.isInteger(POOL) || POOL < 1) throw new Error(`FLOOR_POOL must be a whole number of connections, got "${process.env.FLOOR_POOL}"`);

async function main() {
  const { DATABASE_URL: url, FLOOR_SCHEMA: schema, PORT: port } = process.env;
  if (!url || !schema || !port) throw new Error('DATABASE_URL, FLOOR_SCHEMA and PORT are required');
  const sql = postgres(url, { max: POOL, onnotice: () => undefined });
  await FloorScans.prepare(sql, schema);
  const store = await postgresEventStore({ url, schema: `${schema}_events`, maxConnections: POOL });
  const recorded = JSON.parse(await readFile('bench/scans-floor/recorded-scan.json', 'utf8')) as RecordedScan;

  @Module({ controllers: [FloorScansController], providers: [{ provide: FloorScans, useValue: new FloorScans(sql, schema, recorded, store) }] })
  class FloorModule {}

  // As the standalone app: the raw body kept beside the parsed one, and the same body limit.
  const app = await NestFactory.create<NestFastifyApplication>(FloorModule, standaloneHttpAdapter(), { rawBody: true, logger: ['error'] });
  applyHttpEdge(app);
  await app.listen(Number(port), '127.0.0.1');
  process.once('SIGTERM', () => void Promise.all([app.close(), store.close(), sql.end({ timeout: 5 })]).then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
