import type { TopLevelSpec } from 'vega-lite';
import type { LabourMarketReport } from './service.js';

/** A chart of the report: a Vega-Lite spec, drawn as SVG in the PDF and live in the operator portal. */
export interface ReportChart {
  id: string;
  title: string;
  /** Figures left out because suppressed (k-anonymity), said under the chart. */
  suppressed: number;
  spec: TopLevelSpec;
}

const BLUE = '#0066cc';
const PALETTE = ['#0066cc', '#00a3a3', '#e0a400', '#d1344c', '#5c6f82'];
const WIDTH = 440;

const base = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: WIDTH,
  background: 'white',
  config: {
    font: 'DejaVu Sans',
    axis: { labelFontSize: 10, titleFontSize: 10, labelLimit: 230 },
    legend: { labelFontSize: 10, titleFontSize: 10, labelLimit: 260, orient: 'bottom', columns: 2 },
    view: { stroke: null },
  },
} as const;

function bars(
  id: string,
  title: string,
  rows: { label: string; count: number | null }[],
  axisTitle: string,
): ReportChart {
  const shown = rows.filter((r) => r.count !== null && r.count > 0);
  return {
    id,
    title,
    suppressed: rows.filter((r) => r.count === null).length,
    spec: {
      ...base,
      height: { step: 18 },
      data: { values: shown.map((r) => ({ voce: r.label, valore: r.count })) },
      mark: { type: 'bar', color: BLUE, tooltip: true },
      encoding: {
        y: { field: 'voce', type: 'nominal', sort: null, title: null },
        x: { field: 'valore', type: 'quantitative', title: axisTitle, axis: { format: 'd', tickMinStep: 1 } },
      },
    } as TopLevelSpec,
  };
}

/** The charts of a report, from its (already k-anonymous) figures only. */
export function reportCharts(report: LabourMarketReport): ReportChart[] {
  const registrationsByGroup = report.registrations.columnLabels.map((label, i) => ({
    label,
    count: report.registrations.colTotals[i] ?? null,
  }));
  const outcomeValues: { gruppo: string; contratto: string; esiti: number }[] = [];
  let outcomeSuppressed = 0;
  report.outcomes.cells.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) outcomeSuppressed++;
      else if (value > 0)
        outcomeValues.push({
          gruppo: report.outcomes.rowLabels[r]!,
          contratto: report.outcomes.columnLabels[c]!,
          esiti: value,
        });
    });
  });
  const skillValues = report.largestSkillGaps
    .slice(0, 8)
    .flatMap((s) => [
      { competenza: s.label, misura: 'Offerte di lavoro che la chiedono', quota: s.demandShare },
      ...(s.supplyShare === null
        ? []
        : [{ competenza: s.label, misura: 'CV che la offrono', quota: s.supplyShare }]),
    ]);

  return [
    bars(
      'registrations',
      'Nuove iscrizioni per gruppo',
      registrationsByGroup,
      'Persone iscritte nel semestre',
    ),
    bars('funnel', 'Dall’incontro all’assunzione', report.funnel, 'Persone'),
    bars('vacancies-section', 'Offerte pubblicate per settore (ATECO)', report.vacanciesBySection, 'Offerte'),
    bars(
      'vacancies-isco',
      'Offerte pubblicate per grande gruppo professionale (ISCO)',
      report.vacanciesByOccupationGroup,
      'Offerte',
    ),
    bars(
      'vacancies-contract',
      'Offerte pubblicate per tipo di contratto',
      report.vacanciesByContractType,
      'Offerte',
    ),
    {
      id: 'skills-gap',
      title: 'Competenze più richieste rispetto a quelle offerte',
      suppressed: 0,
      spec: {
        ...base,
        height: { step: 12 },
        data: { values: skillValues },
        mark: { type: 'bar', tooltip: true },
        encoding: {
          y: { field: 'competenza', type: 'nominal', sort: null, title: null },
          yOffset: { field: 'misura' },
          x: { field: 'quota', type: 'quantitative', title: 'Percentuale (%)' },
          color: { field: 'misura', type: 'nominal', title: null, scale: { range: [BLUE, '#e0a400'] } },
        },
      } as TopLevelSpec,
    },
    {
      id: 'outcomes',
      title: 'Esiti per gruppo e tipo di contratto',
      suppressed: outcomeSuppressed,
      spec: {
        ...base,
        height: { step: 20 },
        data: { values: outcomeValues },
        mark: { type: 'bar', tooltip: true },
        encoding: {
          y: { field: 'gruppo', type: 'nominal', sort: report.outcomes.rowLabels, title: null },
          x: { field: 'esiti', type: 'quantitative', stack: 'zero', title: 'Esiti', axis: { format: 'd' } },
          color: {
            field: 'contratto',
            type: 'nominal',
            title: null,
            sort: report.outcomes.columnLabels,
            scale: { range: PALETTE },
          },
        },
      } as TopLevelSpec,
    },
    bars(
      'time-to-placement',
      'Giorni mediani dall’iscrizione all’assunzione',
      report.timeToPlacement.map((m) => ({ label: m.label, count: m.medianDays })),
      'Giorni (mediana)',
    ),
  ];
}
