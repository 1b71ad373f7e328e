import { applyDecorators, Body, Controller, Headers, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Roles } from '#auth';
import { IDEMPOTENCY_KEY_HEADER } from '#http';
import type { Catalogue } from '../domain/catalogue.js';
import type { ReferenceVersion } from '../domain/reference-version.js';
import { versionSummary, VersionSummaryResponse } from '../read-catalogue/version.responses.js';
import { PublishReferenceVersionCommand } from './publish-reference-version.command.js';
import {
  CertifiedIdentifiersVersionBody,
  CheckpointsVersionBody,
  DensitiesVersionBody,
  HolidaysVersionBody,
  InfractionsVersionBody,
  RoadsVersionBody,
  ScanRulesVersionBody,
  SpeciesValuesVersionBody,
  SpeciesVersionBody,
  UitVersionBody,
  UnitsVersionBody,
  type VersionBody,
  YieldCoefficientsVersionBody,
} from './version-bodies.js';

/** Every publication answers alike, whatever its catalogue. */
function PublishesVersion(catalogue: Catalogue): MethodDecorator {
  return applyDecorators(
    Post(`${catalogue}/versions`),
    HttpCode(HttpStatus.CREATED),
    Roles('regulator'),
    ApiOperation({ summary: `Publish a new version of the ${catalogue} catalogue (SERFOR regulators only)` }),
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description: 'Retrying with the same key and body answers the first publication again instead of publishing twice',
    }),
    ApiCreatedResponse({ type: VersionSummaryResponse, description: 'Published (or, on a retry with the same key, published before)' }),
    ApiBadRequestResponse({
      description: '`validation_failed`, `invalid_reference_entries`, `reference_version_not_consecutive`, `effective_date_before_current`',
    }),
    ApiConflictResponse({ description: '`stale_reference_version` (the version number is taken), `idempotency_key_reused`' }),
  );
}

@ApiTags('reference data')
@Controller('reference')
export class PublishReferenceVersionController {
  constructor(private readonly commands: CommandBus) {}

  @PublishesVersion('species')
  species(@Body() body: SpeciesVersionBody, @CurrentActor() actor: AuthenticatedActor, @Headers(IDEMPOTENCY_KEY_HEADER) key?: string): Promise<VersionSummaryResponse> {
    return this.publish('species', body, actor, key);
  }

  @PublishesVersion('densities')
  densities(@Body() body: DensitiesVersionBody, @CurrentActor() actor: AuthenticatedActor, @Headers(IDEMPOTENCY_KEY_HEADER) key?: string): Promise<VersionSummaryResponse> {
    return this.publish('densities', body, actor, key);
  }

  @PublishesVersion('yield-coefficients')
  yieldCoefficients(@Body() body: YieldCoefficientsVersionBody, @CurrentActor() actor: AuthenticatedActor, @Headers(IDEMPOTENCY_KEY_HEADER) key?: string): Promise<VersionSummaryResponse> {
    return this.publish('yield-coefficients', body, actor, key);
  }

  @PublishesVersion('checkpoints')
  checkpoints(@Body() body: CheckpointsVersionBody, @CurrentActor() actor: AuthenticatedActor, @Headers(IDEMPOTENCY_KEY_HEADER) key?: string): Promise<VersionSummaryResponse> {
    return this.publish('checkpoints', body, actor, key);
  }

  @PublishesVersion('uit')
  uit(@Body() body: UitVersionBody, @CurrentActor() actor: AuthenticatedActor, @Headers(IDEMPOTENCY_KEY_HEADER) key?: string): Promise<VersionSummaryResponse> {
    return this.publish('uit', body, actor, key);
  }

  @PublishesVersion('units')
  units(@Body() body: UnitsVersionBody, @CurrentActor() actor: AuthenticatedActor, @Headers(IDEMPOTENCY_KEY_HEADER) key?: string): Promise<VersionSummaryResponse> {
    return this.publish('units', body, actor, key);
  }

  @PublishesVersion('infractions')
  infractions(@Body() body: InfractionsVersionBody, @CurrentActor() actor: AuthenticatedActor, @Headers(IDEMPOTENCY_KEY_HEADER) key?: string): Promise<VersionSummaryResponse> {
    return this.publish('infractions', body, actor, key);
  }

  @PublishesVersion('holidays')
  holidays(@Body() body: HolidaysVersionBody, @CurrentActor() actor: AuthenticatedActor, @Headers(IDEMPOTENCY_KEY_HEADER) key?: string): Promise<VersionSummaryResponse> {
    return this.publish('holidays', body, actor, key);
  }

  @PublishesVersion('species-values')
  speciesValues(@Body() body: SpeciesValuesVersionBody, @CurrentActor() actor: AuthenticatedActor, @Headers(IDEMPOTENCY_KEY_HEADER) key?: string): Promise<VersionSummaryResponse> {
    return this.publish('species-values', body, actor, key);
  }

  @PublishesVersion('certified-identifiers')
  certifiedIdentifiers(@Body() body: CertifiedIdentifiersVersionBody, @CurrentActor() actor: AuthenticatedActor, @Headers(IDEMPOTENCY_KEY_HEADER) key?: string): Promise<VersionSummaryResponse> {
    return this.publish('certified-identifiers', body, actor, key);
  }

  @PublishesVersion('roads')
  roads(@Body() body: RoadsVersionBody, @CurrentActor() actor: AuthenticatedActor, @Headers(IDEMPOTENCY_KEY_HEADER) key?: string): Promise<VersionSummaryResponse> {
    return this.publish('roads', body, actor, key);
  }

  @PublishesVersion('scan-rules')
  scanRules(@Body() body: ScanRulesVersionBody, @CurrentActor() actor: AuthenticatedActor, @Headers(IDEMPOTENCY_KEY_HEADER) key?: string): Promise<VersionSummaryResponse> {
    return this.publish('scan-rules', body, actor, key);
  }

  private async publish(catalogue: Catalogue, body: VersionBody, actor: AuthenticatedActor, key: string | undefined): Promise<VersionSummaryResponse> {
    // Each route's body has its catalogue's entries; the decider checks them again as that catalogue's.
    return versionSummary(await this.commands.execute(new PublishReferenceVersionCommand({ catalogue, ...body } as ReferenceVersion, actor, key)));
  }
}
