import { stringify } from 'csv-stringify/sync';
import type { FundingContract } from './contracts.js';
import { classLabel, euro, groupLabel, italianDate, KIND_LABEL } from './labels.js';
import type { Statement, StatementLineView } from './statements.js';

/**
 * One row per line, then the totals; semicolons and decimal commas, as Italian spreadsheets open
 * them; amounts also in cents, for systems that read the file.
 */
export function renderStatementCsv(
  contract: FundingContract,
  statement: Statement,
  lines: StatementLineView[],
): string {
  const header = [
    'Rendiconto',
    'Contratto',
    'Riferimento esito',
    'Voce',
    'Tipo di esito',
    'Inizio rapporto',
    'Contratto di lavoro',
    'Gruppo della tariffa',
    'Tariffa (euro)',
    'Importo (euro)',
    'Importo (centesimi)',
  ];
  const rows = lines.map((line) => [
    statement.number,
    contract.name,
    line.reference,
    line.kind === 'CHARGE' ? 'Addebito' : 'Storno',
    KIND_LABEL[line.outcomeKind],
    italianDate(line.startsOn),
    classLabel(line.contractClass),
    groupLabel(line.targetGroup),
    euro(line.tariffCents),
    euro(line.amountCents),
    line.amountCents,
  ]);
  const total = (label: string, cents: number) => [
    statement.number,
    contract.name,
    '',
    label,
    '',
    '',
    '',
    '',
    '',
    euro(cents),
    cents,
  ];
  return stringify(
    [
      header,
      ...rows,
      total('Totale addebiti', statement.chargedCents),
      total('Totale storni', -statement.creditedCents),
      total('Totale del rendiconto', statement.totalCents),
    ],
    { delimiter: ';', bom: true, record_delimiter: 'windows' },
  );
}
