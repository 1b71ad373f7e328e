import type { Command, Event, Quantity } from '#shared-kernel';

/** The CITES appendices a timber species can be listed in. */
export const CITES_APPENDICES = ['I', 'II', 'III'] as const;
export type CitesAppendix = (typeof CITES_APPENDICES)[number];

/** A CITES permit as SERFOR, Peru's CITES management authority for timber, grants it: for one species, a volume, a holder and a period. */
export interface CitesPermitTerms {
  readonly number: string;
  readonly scientificName: string;
  readonly appendix: CitesAppendix;
  /** A volume, or a weight for a product traded by weight. */
  readonly volume: Quantity;
  /** The RUC of the permit's holder: a guide may rely on it only when the holder is one of the guide's parties. */
  readonly holderTaxId: string;
  readonly validFrom: string;
  readonly validUntil: string;
}

export type RegisterCitesPermit = Command<'RegisterCitesPermit', CitesPermitTerms>;
export type RevokeCitesPermit = Command<'RevokeCitesPermit', { readonly number: string; readonly reason: string; readonly at: string }>;
export type CitesPermitCommand = RegisterCitesPermit | RevokeCitesPermit;

export type CitesPermitRegistered = Event<'CitesPermitRegistered', CitesPermitTerms>;
export type CitesPermitRevoked = Event<'CitesPermitRevoked', { readonly number: string; readonly reason: string; readonly at: string }>;
export type CitesPermitEvent = CitesPermitRegistered | CitesPermitRevoked;

export interface CitesPermitState {
  readonly permit?: CitesPermitTerms;
  readonly revoked?: { readonly reason: string; readonly at: string };
}
