import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Body, Controller, Get, HttpCode, Post, type INestApplication, type LoggerService } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayNotEmpty, IsArray, IsNotEmpty, IsPositive, IsString, ValidateNested } from 'class-validator';
import request from 'supertest';
import { Public } from '#auth';
import { DomainError, StreamNotFound, VersionConflict } from '#shared-kernel';
import { standaloneTestApp } from './standalone-test-app.js';
import { tempDataDir } from './temp-data-dir.js';

class LineDto {
  @IsString()
  @IsNotEmpty()
  species!: string;

  @IsPositive()
  volume!: number;
}

class ShipmentDto {
  @IsString()
  @IsNotEmpty()
  lotId!: string;

  @IsArray()
  @ArrayNotEmpty()
  @ValidateNested({ each: true })
  @Type(() => LineDto)
  lines!: LineDto[];
}

const SECRET = 'postgres://app:hunter2@10.0.0.5/trace';

/** Throws each kind of error the edge must answer, so the contract is checked through the real app. */
@Public()
@Controller('probe')
class ProbeController {
  @Post('shipments')
  @HttpCode(200)
  ship(@Body() shipment: ShipmentDto): { isDto: boolean; shipment: ShipmentDto } {
    return { isDto: shipment instanceof ShipmentDto && shipment.lines.every((line) => line instanceof LineDto), shipment };
  }

  @Get('missing-stream')
  missingStream(): never {
    throw new StreamNotFound('lot-404');
  }

  @Post('stale-write')
  staleWrite(): never {
    throw new VersionConflict('lot-1', 2, 3);
  }

  @Get('invalid-decision')
  invalidDecision(): never {
    throw new DomainError('invalid', 'volume_exceeds_permit', 'Volume exceeds the permit balance', { remaining: 4.5 });
  }

  @Get('forbidden')
  forbidden(): never {
    throw new DomainError('forbidden', 'not_your_checkpoint', 'Only the checkpoint on the route may record this');
  }

  @Get('unauthenticated')
  unauthenticated(): never {
    throw new DomainError('unauthenticated', 'token_expired', 'The token has expired');
  }

  @Get('crash')
  crash(): never {
    throw new Error(`cannot reach ${SECRET}`);
  }
}

/** Keeps what the app logs as errors, so the test can see a fault is logged in full. */
class RecordingLogger implements LoggerService {
  readonly errors: unknown[][] = [];
  log(): void {}
  warn(): void {}
  error(...params: unknown[]): void {
    this.errors.push(params);
  }
}

const validShipment = { lotId: 'lot-1', lines: [{ species: 'Cedrela odorata', volume: 12.5 }] };

describe('error contract at the edge of the standalone app', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  const logger = new RecordingLogger();
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    dataDir = await tempDataDir();
    app = await standaloneTestApp(dataDir.path, { controllers: [ProbeController], logger });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  it('passes a valid body through as DTO instances', async () => {
    const response = await http().post('/probe/shipments').send(validShipment).expect(200);
    expect(response.body).toEqual({ isDto: true, shipment: validShipment });
  });

  it('answers missing and invalid fields with 400 and their paths, nested ones included', async () => {
    const response = await http()
      .post('/probe/shipments')
      .send({ lines: [{ species: 'Swietenia macrophylla', volume: 3 }, { species: '', volume: -2 }] })
      .expect(400);
    expect(response.body).toEqual({
      error: 'validation_failed',
      message: 'The request failed validation',
      details: {
        fields: [
          { path: 'lotId', messages: ['lotId should not be empty', 'lotId must be a string'] },
          { path: 'lines.1.species', messages: ['species should not be empty'] },
          { path: 'lines.1.volume', messages: ['volume must be a positive number'] },
        ],
      },
    });
  });

  it('rejects unknown properties, top level and nested, naming each', async () => {
    const response = await http()
      .post('/probe/shipments')
      .send({ ...validShipment, priority: 'high', lines: [{ ...validShipment.lines[0], grade: 'A' }] })
      .expect(400);
    expect(response.body).toEqual({
      error: 'validation_failed',
      message: 'The request failed validation',
      details: {
        fields: [
          { path: 'priority', messages: ['property priority should not exist'] },
          { path: 'lines.0.grade', messages: ['property grade should not exist'] },
        ],
      },
    });
  });

  it('answers malformed JSON with 400', async () => {
    const response = await http().post('/probe/shipments').set('Content-Type', 'application/json').send('{"lotId": "lot-1",').expect(400);
    expect(response.body).toEqual({ error: 'malformed_json', message: 'The request body is not valid JSON', details: {} });
  });

  it('answers a body of another type than JSON, a form or plain text with 415 before reading it', async () => {
    const response = await http().post('/probe/shipments').set('Content-Type', 'application/xml').send('<shipment/>').expect(415);
    expect(response.body).toEqual({ error: 'unsupported_media_type', message: 'Unsupported Media Type', details: {} });
  });

  it('takes an empty body sent as JSON for an empty object, answered by validation', async () => {
    const response = await http().post('/probe/shipments').set('Content-Type', 'application/json').send('').expect(400);
    expect(response.body).toMatchObject({ error: 'validation_failed' });
  });

  it('answers a body over the 1 MB limit with 413', async () => {
    const response = await http()
      .post('/probe/shipments')
      .send({ ...validShipment, lotId: 'x'.repeat(1_100_000) })
      .expect(413);
    expect(response.body).toEqual({ error: 'payload_too_large', message: 'Request body is too large', details: {} });
  });

  it('answers a missing stream with 404', async () => {
    const response = await http().get('/probe/missing-stream').expect(404);
    expect(response.body).toEqual({ error: 'stream_not_found', message: 'Stream lot-404 does not exist', details: { streamId: 'lot-404' } });
  });

  it('answers a version conflict with 409 and the versions involved', async () => {
    const response = await http().post('/probe/stale-write').expect(409);
    expect(response.body).toEqual({
      error: 'version_conflict',
      message: 'Stream lot-1 is at version 3, expected 2',
      details: { streamId: 'lot-1', expected: 2, actual: 3 },
    });
  });

  it('answers a domain rule refusing the request with 400 and its own code', async () => {
    const response = await http().get('/probe/invalid-decision').expect(400);
    expect(response.body).toEqual({ error: 'volume_exceeds_permit', message: 'Volume exceeds the permit balance', details: { remaining: 4.5 } });
  });

  it('answers forbidden with 403 and unauthenticated with 401', async () => {
    const forbidden = await http().get('/probe/forbidden').expect(403);
    expect(forbidden.body).toEqual({ error: 'not_your_checkpoint', message: 'Only the checkpoint on the route may record this', details: {} });
    const unauthenticated = await http().get('/probe/unauthenticated').expect(401);
    expect(unauthenticated.body).toEqual({ error: 'token_expired', message: 'The token has expired', details: {} });
  });

  it('answers an unexpected error with a generic 500 and logs it with its stack', async () => {
    const response = await http().get('/probe/crash').expect(500);
    expect(response.body).toEqual({ error: 'internal_error', message: 'An unexpected error occurred', details: {} });
    expect(response.text).not.toContain('hunter2');
    const logged = logger.errors.flat().join('\n');
    expect(logged).toContain(SECRET);
    expect(logged).toContain('ProbeController.crash');
  });

  it('answers an unknown route with 404', async () => {
    const response = await http().get('/probe/nowhere').expect(404);
    expect(response.body).toEqual({ error: 'not_found', message: 'Cannot GET /probe/nowhere', details: {} });
  });
});
