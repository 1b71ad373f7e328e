// The demo: two concessions near Aguaytía and Neshuya (Ucayali) and one near Iberia (Madre de Dios), the
// sawmills their logs go to in Pucallpa and Puerto Maldonado, three loads on the road, and a CITES permit for cedro. Ids, RUCs (with their
// check digit) and resolutions are invented in the shape of real ones; plots and yards lie by the real roads,
// and checkpoint codes are those of the shipped checkpoints catalogue. Dates are counted from the day of the
// first run, so the plans are in force and the guides still valid when it runs.

export type Position = readonly [longitude: number, latitude: number];

export interface DemoSpecies {
  readonly species: string;
  readonly commonName: string;
  readonly authorisedM3: number;
  readonly minimumCuttingDiameterCm: number;
}

export interface DemoLot {
  readonly lotId: string;
  readonly species: string;
  readonly volumeM3: number;
  readonly pieces: number;
  /** Where the tree stood: six decimals, as EUDR asks, inside the plan's harvest area. */
  readonly plot: Position;
  readonly harvestedDaysAgo: number;
}

export interface DemoPermit {
  readonly permitId: string;
  readonly holder: { readonly taxId: string; readonly name: string };
  readonly authority: string;
  readonly resolutionNumber: string;
  /** [west, south, east, north] */
  readonly area: readonly [number, number, number, number];
  readonly plan: { readonly planId: string; readonly harvestArea: readonly [number, number, number, number]; readonly species: readonly DemoSpecies[] };
  /** The log yard by the road, where guides depart. */
  readonly yard: Position;
  readonly lots: readonly DemoLot[];
}

export interface DemoProcessor {
  readonly facilityId: string;
  readonly name: string;
  readonly holderTaxId: string;
  readonly authority: string;
  readonly resolution: string;
  readonly position: Position;
}

/** A checkpoint of a guide's trajectory, its window (minutes after departure) and when the truck is scanned there, if it is. */
export interface DemoStop {
  readonly code: string;
  readonly earliest: number;
  readonly latest: number;
  readonly scannedAfter?: number;
  /** What the checkpoint finds when it differs from the guide. */
  readonly found?: { readonly pieces: number; readonly volumeM3: number };
}

export interface DemoGuide {
  readonly number: string;
  readonly registrationNumber: string;
  readonly permitId: string;
  readonly lotIds: readonly string[];
  readonly facilityId: string;
  readonly plate: string;
  readonly driver: { readonly id: string; readonly licence: string };
  readonly departedHoursAgo: number;
  readonly stops: readonly DemoStop[];
  /** Delivered at the sawmill and sawn there into product lots. */
  readonly sawing?: { readonly transformationId: string; readonly sawnM3: Readonly<Record<string, number>> };
  /** The CITES permits the load relies on. */
  readonly citesPermits?: readonly string[];
}

/** A CITES permit SERFOR granted, valid from some days before the first run for some days after. */
export interface DemoCitesPermit {
  readonly number: string;
  readonly species: string;
  readonly volumeM3: number;
  readonly holderTaxId: string;
  readonly validFromDaysAgo: number;
  readonly validForDays: number;
}

export const CITES_PERMITS: readonly DemoCitesPermit[] = [
  { number: '000871/SERFOR-2026', species: 'Cedrela odorata', volumeM3: 12, holderTaxId: '20393857413', validFromDaysAgo: 20, validForDays: 180 },
];

export const COMMON_NAMES: Readonly<Record<string, string>> = {
  'Cedrelinga cateniformis': 'tornillo',
  'Calycophyllum spruceanum': 'capirona',
  'Cedrela odorata': 'cedro',
  'Virola calophylla': 'cumala',
  'Dipteryx micrantha': 'shihuahuaco',
};

export const PROCESSORS: readonly DemoProcessor[] = [
  {
    facilityId: 'CTP-UCA-PUC-014',
    name: 'Aserradero Manantay, Pucallpa',
    holderTaxId: '20604518378',
    authority: 'ARFFS-UCAYALI',
    resolution: 'RD-0143-2025-GRU-GGR-GERFFS',
    position: [-74.572315, -8.385241],
  },
  {
    facilityId: 'CTP-MDD-PEM-006',
    name: 'Aserradero Billinghurst, Puerto Maldonado',
    holderTaxId: '20607812943',
    authority: 'ARFFS-MADRE-DE-DIOS',
    resolution: 'RGR-0112-2024-GOREMAD-GRFFS',
    position: [-69.196342, -12.601258],
  },
];

export const PERMITS: readonly DemoPermit[] = [
  {
    permitId: '25-UCA/C-J-031-03',
    holder: { taxId: '20393857413', name: 'Forestal Río Aguaytía S.A.C.' },
    authority: 'ARFFS-UCAYALI',
    resolutionNumber: 'RD-0187-2021-GRU-GGR-GERFFS',
    area: [-75.64, -9.16, -75.4, -8.97],
    plan: {
      planId: 'POA-05',
      harvestArea: [-75.58, -9.11, -75.5, -9.04],
      species: [
        { species: 'Cedrelinga cateniformis', commonName: 'tornillo', authorisedM3: 420, minimumCuttingDiameterCm: 51 },
        { species: 'Calycophyllum spruceanum', commonName: 'capirona', authorisedM3: 180, minimumCuttingDiameterCm: 41 },
        { species: 'Cedrela odorata', commonName: 'cedro', authorisedM3: 35, minimumCuttingDiameterCm: 65 },
      ],
    },
    yard: [-75.512634, -9.048157],
    lots: [
      { lotId: 'UCA-031-L0001', species: 'Cedrelinga cateniformis', volumeM3: 18.426, pieces: 9, plot: [-75.531247, -9.062318], harvestedDaysAgo: 12 },
      { lotId: 'UCA-031-L0002', species: 'Calycophyllum spruceanum', volumeM3: 7.85, pieces: 12, plot: [-75.547813, -9.071594], harvestedDaysAgo: 11 },
      { lotId: 'UCA-031-L0003', species: 'Cedrela odorata', volumeM3: 6.215, pieces: 4, plot: [-75.521936, -9.083217], harvestedDaysAgo: 9 },
    ],
  },
  {
    permitId: '25-UCA/C-J-047-02',
    holder: { taxId: '20487125637', name: 'Maderas Neshuya E.I.R.L.' },
    authority: 'ARFFS-UCAYALI',
    resolutionNumber: 'RD-0264-2022-GRU-GGR-GERFFS',
    area: [-75.12, -8.78, -74.92, -8.58],
    plan: {
      planId: 'POA-03',
      harvestArea: [-75.08, -8.74, -75.0, -8.66],
      species: [
        { species: 'Virola calophylla', commonName: 'cumala', authorisedM3: 150, minimumCuttingDiameterCm: 45 },
        { species: 'Cedrelinga cateniformis', commonName: 'tornillo', authorisedM3: 260, minimumCuttingDiameterCm: 51 },
      ],
    },
    yard: [-74.981264, -8.652731],
    lots: [{ lotId: 'UCA-047-L0001', species: 'Virola calophylla', volumeM3: 14.2, pieces: 11, plot: [-75.042318, -8.701457], harvestedDaysAgo: 6 }],
  },
  {
    permitId: '17-TAH/C-J-058-05',
    holder: { taxId: '20491236583', name: 'Tahuamanu Timber S.A.C.' },
    authority: 'ARFFS-MADRE-DE-DIOS',
    resolutionNumber: 'RGR-0245-2020-GOREMAD-GRFFS',
    area: [-69.72, -11.52, -69.5, -11.3],
    plan: {
      planId: 'POA-06',
      harvestArea: [-69.66, -11.46, -69.58, -11.38],
      species: [
        { species: 'Dipteryx micrantha', commonName: 'shihuahuaco', authorisedM3: 610, minimumCuttingDiameterCm: 51 },
        { species: 'Cedrelinga cateniformis', commonName: 'tornillo', authorisedM3: 300, minimumCuttingDiameterCm: 51 },
      ],
    },
    yard: [-69.512348, -11.405617],
    lots: [{ lotId: 'TAH-058-L0001', species: 'Dipteryx micrantha', volumeM3: 21.6, pieces: 8, plot: [-69.621473, -11.417826], harvestedDaysAgo: 8 }],
  },
];

/** The registered windows from Aguaytía down the Federico Basadre road to Pucallpa, in minutes after departure. */
const FEDERICO_BASADRE = [
  { code: 'UC-CFB-K160', earliest: 10, latest: 120 },
  { code: 'UC-CFB-K086', earliest: 60, latest: 240 },
  { code: 'UC-CFB-K060', earliest: 90, latest: 330 },
  { code: 'UC-CFB-K034', earliest: 120, latest: 420 },
  { code: 'UC-CFB-K010', earliest: 150, latest: 480 },
] as const;

/** That road's stops, the truck scanned at those given a time (minutes after departure). */
function downFedericoBasadre(scannedAfter: Readonly<Record<string, number>>): DemoStop[] {
  return FEDERICO_BASADRE.map((stop) => (scannedAfter[stop.code] === undefined ? { ...stop } : { ...stop, scannedAfter: scannedAfter[stop.code] }));
}

export const GUIDES: readonly DemoGuide[] = [
  {
    // Down the Federico Basadre road from Aguaytía to Pucallpa, cleared at every checkpoint, delivered and sawn.
    number: 'GTF-UCA-000318',
    registrationNumber: 'REG-ARFFS-UCA-004518',
    permitId: '25-UCA/C-J-031-03',
    lotIds: ['UCA-031-L0001', 'UCA-031-L0002'],
    facilityId: 'CTP-UCA-PUC-014',
    plate: 'U4D-782',
    driver: { id: '43817265', licence: 'Q43817265' },
    departedHoursAgo: 7,
    stops: downFedericoBasadre({ 'UC-CFB-K160': 30, 'UC-CFB-K086': 105, 'UC-CFB-K060': 165, 'UC-CFB-K034': 225, 'UC-CFB-K010': 285 }),
    sawing: { transformationId: 'TR-PUC014-0001', sawnM3: { 'UCA-031-L0001': 6.2, 'UCA-031-L0002': 2.6 } },
  },
  {
    // Up the Interoceánica from Iberia to Puerto Maldonado: an observation at Alerta, three undeclared logs at Planchón.
    number: 'GTF-MDD-000127',
    registrationNumber: 'REG-ARFFS-MDD-001207',
    permitId: '17-TAH/C-J-058-05',
    lotIds: ['TAH-058-L0001'],
    facilityId: 'CTP-MDD-PEM-006',
    plate: 'V2F-915',
    driver: { id: '47261538', licence: 'Q47261538' },
    departedHoursAgo: 4,
    stops: [
      { code: 'MD-IOS-K115', earliest: 20, latest: 150, scannedAfter: 60 },
      { code: 'MD-IOS-K190', earliest: 80, latest: 300, scannedAfter: 150, found: { pieces: 11, volumeM3: 21.6 } },
      { code: 'MD-IOS-K226', earliest: 110, latest: 360 },
    ],
  },
  {
    // Cedro down the Federico Basadre road under the CITES permit its holder was granted: cleared at Aguaytía, on its way.
    number: 'GTF-UCA-000342',
    registrationNumber: 'REG-ARFFS-UCA-004602',
    permitId: '25-UCA/C-J-031-03',
    lotIds: ['UCA-031-L0003'],
    facilityId: 'CTP-UCA-PUC-014',
    plate: 'U7K-214',
    driver: { id: '45128093', licence: 'Q45128093' },
    departedHoursAgo: 2,
    stops: downFedericoBasadre({ 'UC-CFB-K160': 35 }),
    citesPermits: ['000871/SERFOR-2026'],
  },
];

/** An exporter in Callao: its yard receives sawn tornillo from Pucallpa, and it asks for the origin certificate. */
export const EXPORTER = {
  taxId: '20512345678',
  name: 'Maderas del Callao S.A.C.',
  yard: { facilityId: 'EXP-CAL-001', authority: 'SERFOR', resolution: 'RD-0021-2025-MIDAGRI-SERFOR-DGGSPFFS', position: [-77.141893, -12.052615] as Position },
  guideNumber: 'GTF-PUC014-EXP-0001',
} as const;
