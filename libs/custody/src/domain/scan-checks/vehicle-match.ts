import { plateKey } from '../guide.names.js';
import { type CheckResult, result } from './check-result.js';
import type { GuidedScan } from './scan-context.js';

// Check 3. A different truck or driver is a slip to record, not proof of missing cover: clones are caught by time and place.

export function checkVehicle({ scan, guide }: GuidedScan): CheckResult[] {
  const plates = guide.issued.vehiclePlates;
  if (plates.some((plate) => plateKey(plate) === plateKey(scan.plate))) {
    return [result('VEHICLE_MATCH', 'pass', plates, scan.plate, `Plate ${scan.plate} is on the guide`)];
  }
  return [result('VEHICLE_MATCH', 'warning', plates, scan.plate, `Plate ${scan.plate} is not on the guide (${plates.join(', ')})`)];
}

export function checkDriver({ scan, guide }: GuidedScan): CheckResult[] {
  const { id } = guide.issued.driver;
  if (id.trim().toUpperCase() === scan.driverId.trim().toUpperCase()) return [result('DRIVER_MATCH', 'pass', id, scan.driverId, 'The driver is the one on the guide')];
  return [result('DRIVER_MATCH', 'warning', id, scan.driverId, `Driver ${scan.driverId} is not the one on the guide (${id})`)];
}
