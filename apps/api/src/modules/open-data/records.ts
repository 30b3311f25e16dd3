import type { Semester } from '../reports/semester.js';
import type { CountTable } from '../reports/service.js';
import { type OpenDataRecord, TOTAL } from './dictionary.js';

/**
 * The three comune × group tables as records (the rows of the three are the same comuni): one per
 * cell, then each comune's total, then the network's totals by group and overall. A suppressed
 * figure stays null.
 */
export function openDataRecords(
  networkSlug: string,
  semester: Semester,
  tables: { registrations: CountTable; peopleInCharge: CountTable; jobStarts: CountTable },
): OpenDataRecord[] {
  const { registrations: reg, peopleInCharge: pic, jobStarts: js } = tables;
  const record = (
    comune: [string, string],
    group: [string, string],
    registrations: number | null | undefined,
    peopleInCharge: number | null | undefined,
    jobStarts: number | null | undefined,
  ): OpenDataRecord => ({
    network: networkSlug,
    semester: semester.code,
    period_start: semester.startsOn,
    period_end: semester.endsOn,
    comune_code: comune[0],
    comune_name: comune[1],
    target_group: group[0],
    target_group_label: group[1],
    // Without any comune row a table has no totals either: nobody, so zero. Null is suppressed.
    registrations: registrations === undefined ? 0 : registrations,
    people_in_charge: peopleInCharge === undefined ? 0 : peopleInCharge,
    job_starts: jobStarts === undefined ? 0 : jobStarts,
  });
  const groups = reg.columnKeys.map((key, c) => [key, reg.columnLabels[c]!] as [string, string]);
  const all: [string, string] = [TOTAL, 'Tutti'];
  const rows: [string, string][] = reg.rowKeys.map((key, r) => [key, reg.rowLabels[r]!]);
  const network: [string, string] = [TOTAL, 'Tutta la rete'];
  return [
    ...rows.flatMap((comune, r) => [
      ...groups.map((group, c) => record(comune, group, reg.cells[r]![c], pic.cells[r]![c], js.cells[r]![c])),
      record(comune, all, reg.rowTotals[r], pic.rowTotals[r], js.rowTotals[r]),
    ]),
    ...groups.map((group, c) =>
      record(network, group, reg.columnTotals[c], pic.columnTotals[c], js.columnTotals[c]),
    ),
    record(network, all, reg.grandTotal, pic.grandTotal, js.grandTotal),
  ];
}
