import { plateKey } from '../guide.names.js';
import { type CheckResult, result } from './check-result.js';
import type { GuidedScan } from './scan-context.js';

// Check 3. A guide covers the trucks it names and those the holder recorded a transshipment to before the scan:
// another plate carries timber the guide does not cover (a cloned guide on a trailing truck). A different driver
// fails too; the published scan rules say whether that immobilises (as shipped, it is an observation).

export function checkVehicle({ scan, guide }: GuidedScan): CheckResult[] {
  const plates = guide.issued.vehiclePlates;
  if (plates.some((plate) => plateKey(plate) === plateKey(scan.plate))) {
    return [result('VEHICLE_MATCH', 'pass', plates, scan.plate, `Plate ${scan.plate} is on the guide`)];
  }
  const expected = [...plates, ...guide.transshipments.map((transshipment) => transshipment.plate)];
  const onto = guide.transshipments.findLast((transshipment) => plateKey(transshipment.plate) === plateKey(scan.plate));
  if (onto) return [result('VEHICLE_MATCH', 'pass', expected, scan.plate, `Lots ${onto.lots.join(', ')} were transshipped to plate ${scan.plate} at ${onto.at}`)];
  return [result('VEHICLE_MATCH', 'failure', expected, scan.plate, `Plate ${scan.plate} is neither on the guide (${plates.join(', ')}) nor a truck its load was transshipped to before the scan`)];
}

export function checkDriver({ scan, guide }: GuidedScan): CheckResult[] {
  const { id } = guide.issued.driver;
  const key = (driverId: string) => driverId.trim().toUpperCase();
  if (key(id) === key(scan.driverId)) return [result('DRIVER_MATCH', 'pass', id, scan.driverId, 'The driver is the one on the guide')];
  const drivers = [id, ...guide.transshipments.map((transshipment) => transshipment.driver.id)];
  const onto = guide.transshipments.findLast((transshipment) => key(transshipment.driver.id) === key(scan.driverId));
  if (onto) return [result('DRIVER_MATCH', 'pass', drivers, scan.driverId, `Driver ${scan.driverId} took lots ${onto.lots.join(', ')} on at ${onto.at}`)];
  const expected = drivers.length === 1 ? id : drivers;
  return [result('DRIVER_MATCH', 'failure', expected, scan.driverId, `Driver ${scan.driverId} is neither on the guide (${id}) nor on a transshipment before the scan`)];
}
