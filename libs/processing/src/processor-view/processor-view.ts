import { roundVolume } from '#shared-kernel';
import { mustBeAuthorisedAt } from '../domain/processor.authorisation.js';
import { balance, cumulativeYield, type SpeciesBalance } from '../domain/processor.balance.js';
import { ProcessorNotAuthorised, type Unauthorised } from '../domain/processor.errors.js';
import type { ProcessorEvent, TransformationFlagged } from '../domain/processor.events.js';
import { measureOfProduct } from '../domain/processor.js';
import type { Processor } from '../domain/processor.state.js';
import { transformationOf, type TransformationResponse } from '../record-transformation/transformation.response.js';
import { registrationOf } from '../register-processor/processor-registration.response.js';
import type { ProcessorRecord } from '../processor-record.js';
import type { BalanceFigures, ProcessorBalanceResponse, ProcessorViewResponse, Standing } from './processor-view.responses.js';

/** The processor's authorisation, its standing at `now` and the lots it holds (those with volume or weight left). */
export function processorView({ registration, processor }: ProcessorRecord, now: string): ProcessorViewResponse {
  return {
    ...registrationOf(registration),
    standing: standingAt(processor, now),
    suspensions: processor.suspensions.map(({ from, until }) => ({ from, ...(until === undefined ? {} : { until }) })),
    inventory: processor.inventory
      .values()
      .filter((lot) => lot.remaining > 0)
      .map(({ lotId, species, productType, remaining, receivedUnder, producedBy }) => ({
        lotId,
        species,
        productType,
        ...(measureOfProduct(productType) === 'weight' ? { remainingKg: remaining } : { remainingM3: remaining }),
        ...(receivedUnder === undefined ? {} : { receivedUnder }),
        ...(producedBy === undefined ? {} : { producedBy }),
      })),
    lotsNotReceived: processor.lotsNotReceived.map(({ facilityId: _facility, ...notReceived }) => notReceived),
  };
}

/**
 * Cumulative input (consumed) and output (produced) per species and overall, with the yield they show and
 * the judgement against maximum yield: the input the output needed, each transformation with the coefficients in force then.
 */
export function processorBalance({ processor }: ProcessorRecord): ProcessorBalanceResponse {
  const judged = new Map(cumulativeYield(processor).map((line) => [line.species, line]));
  const lines = balance(processor);
  const species = lines.map((line) => {
    const judgement = judged.get(line.species);
    return {
      species: line.species,
      ...figures(line.receivedM3, line.consumedM3, line.producedM3, line.inStockM3, judgement?.inputM3 ?? 0, judgement?.inputNeededM3 ?? 0),
      ...weightFigures([line]),
    };
  });
  const sum = (pick: (line: BalanceFigures) => number) => roundVolume(species.reduce((total, line) => total + pick(line), 0));
  const overall = figures(
    sum((line) => line.receivedM3),
    sum((line) => line.consumedM3),
    sum((line) => line.producedM3),
    sum((line) => line.inStockM3),
    sum((line) => line.judgedInputM3),
    sum((line) => line.inputNeededM3),
  );
  // One species' margin never covers another's excess: overall is within yield only if every species is.
  return { facilityId: processor.facilityId, species, overall: { ...overall, withinYield: species.every((line) => line.withinYield), ...weightFigures(lines) } };
}

/** kg of what came in by weight, beside the m³ figures and never in them; nothing when none did. */
function weightFigures(lines: readonly SpeciesBalance[]): Pick<BalanceFigures, 'receivedKg' | 'inStockKg'> {
  const weighed = lines.flatMap((line) => (line.weight ? [line.weight] : []));
  if (weighed.length === 0) return {};
  return { receivedKg: roundVolume(weighed.reduce((sum, w) => sum + w.receivedKg, 0)), inStockKg: roundVolume(weighed.reduce((sum, w) => sum + w.inStockKg, 0)) };
}

/** Every transformation recorded at the facility, oldest first, with its flag when it stood as an exception. */
export function transformationHistory(events: readonly ProcessorEvent[]): TransformationResponse[] {
  const flags = new Map(events.filter((event): event is TransformationFlagged => event.type === 'TransformationFlagged').map((event) => [event.data.transformationId, event.data]));
  return events.flatMap((event) => (event.type === 'TransformationRecorded' ? [transformationOf(event.data, flags.get(event.data.transformationId))] : []));
}

function figures(receivedM3: number, consumedM3: number, producedM3: number, inStockM3: number, judgedInputM3: number, inputNeededM3: number): BalanceFigures {
  return {
    receivedM3,
    consumedM3,
    producedM3,
    inStockM3,
    yield: consumedM3 > 0 ? Math.round((producedM3 / consumedM3) * 10_000) / 10_000 : null,
    judgedInputM3,
    inputNeededM3,
    withinYield: inputNeededM3 <= judgedInputM3,
  };
}

/** The decider's own rule for "authorised at T", so the view and the refusals never disagree. */
function standingAt(processor: Processor, now: string): Standing {
  try {
    mustBeAuthorisedAt(processor, now);
    return 'authorised';
  } catch (error) {
    if (error instanceof ProcessorNotAuthorised) return error.details.reason as Unauthorised;
    throw error;
  }
}
