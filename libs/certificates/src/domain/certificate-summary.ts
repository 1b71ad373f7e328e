import type { CertificateContent } from './certificate-content.js';

/** What a verification shows of a certificate: all it states but its plots and the lists of its chain, which the JWS and the PDF carry. */
export type CertificateSummary = Omit<CertificateContent, 'plots' | 'chainOfCustody'> & {
  readonly plots: number;
  readonly chainOfCustody: Pick<CertificateContent['chainOfCustody'], 'ancestorLots' | 'extractedLots' | 'levels'> & { readonly transformations: number; readonly guides: number };
};

export function certificateSummary({ plots, chainOfCustody, ...stated }: CertificateContent): CertificateSummary {
  const { ancestorLots, extractedLots, levels, transformations, guides } = chainOfCustody;
  return { ...stated, plots: plots.features.length, chainOfCustody: { ancestorLots, extractedLots, levels, transformations: transformations.length, guides: guides.length } };
}
