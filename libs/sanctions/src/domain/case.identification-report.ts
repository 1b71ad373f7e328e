/** A person certified to identify timber species, as the register in force on the day of the identification had them. */
export interface CertifiedIdentifier {
  readonly certificateNumber: string;
  readonly name: string;
  readonly certifyingBody: string;
  /** Peru calendar days, both included. */
  readonly validFrom: string;
  readonly validUntil: string;
}

/** Which species a piece of the case is, by whom, when: evidence for the file, whether or not its author was certified. */
export interface IdentificationReport {
  readonly caseId: string;
  /** The lot of the case the piece belongs to, when the report names it. */
  readonly lot?: string;
  /** The piece as marked on it (its code in the guide's piece list). */
  readonly piece: string;
  /** Scientific name, as the species catalogue in force on the day has it. */
  readonly species: string;
  /** As the report gives it. */
  readonly certificateNumber: string;
  /** The register's entry of that certificate; absent when the register in force that day did not hold it. */
  readonly identifier?: CertifiedIdentifier;
  /** Whether the register held the certificate and it covered the day of the identification (Peru date). */
  readonly certificateValid: boolean;
  readonly identifiedAt: string;
  /** The regulator who added the report to the case. */
  readonly reportedBy: string;
  /** Hash of the signed report. */
  readonly document?: string;
  /** When it was added to the case. */
  readonly at: string;
}
