import type { DynamicModule, Type } from '@nestjs/common';
import { type CertificatesSettings, CertificatesModule } from '#certificates';
import { CUSTODY_TOPIC, CustodyModule, type CustodySettings } from '#custody';
import { HARVEST_TOPIC, HarvestModule } from '#harvest';
import type { IntegrationTopic } from '#messaging';
import { PROCESSING_TOPIC, ProcessingModule } from '#processing';
import { ReferenceDataModule } from '#reference-data';
import { SanctionsModule, type SanctionsSettings } from '#sanctions';
import { SANCTIONS_TOPIC } from '#sanctions/integration';

/** The bounded contexts, each of which can run as a service of its own. */
export const CONTEXTS = ['reference-data', 'harvest', 'custody', 'processing', 'sanctions', 'certificates'] as const;
export type ContextName = (typeof CONTEXTS)[number];

/** What each context publishes, for the topics every service reads or writes. */
export const INTEGRATION_TOPICS: readonly IntegrationTopic[] = [HARVEST_TOPIC, CUSTODY_TOPIC, PROCESSING_TOPIC, SANCTIONS_TOPIC];

/** The Nest modules of one context; reference data's published catalogues are read in every process, so it comes with each. */
/** The settings of the contexts that take some. */
export interface ContextSettings {
  readonly custody: CustodySettings;
  readonly sanctions: SanctionsSettings;
  readonly certificates: CertificatesSettings;
}

export function contextModules(context: ContextName, config: ContextSettings): (Type | DynamicModule)[] {
  switch (context) {
    case 'reference-data':
      return [ReferenceDataModule];
    case 'harvest':
      return [HarvestModule];
    case 'custody':
      return [CustodyModule.forRoot(config.custody)];
    case 'processing':
      return [ProcessingModule];
    case 'sanctions':
      return [SanctionsModule.forRoot(config.sanctions)];
    case 'certificates':
      return [CertificatesModule.forRoot(config.certificates)];
  }
}
