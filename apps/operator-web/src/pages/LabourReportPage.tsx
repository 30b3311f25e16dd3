import { todayInItaly } from '@sportello/domain';
import { DataTable, DownloadButton, it, PageTitle, SelectField } from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { client } from '../client';
import { graphql } from '../gql';
import type { LabourReportPage_QueryQuery } from '../gql/graphql';
import { useMemberComuni } from '../member-comuni';
import { OpenDataLinks } from '../open-data-links';
import { ReportChart } from '../report-chart';

const ReportQuery = graphql(`
  query LabourReportPage_Query($semester: String!, $comuneCode: String) {
    labourMarketReport(semester: $semester, comuneCode: $comuneCode) {
      semester
      startsOn
      endsOn
      minCount
      comune {
        istatCode
        name
      }
      registrations {
        ...LabourReportPage_Table
      }
      peopleInCharge {
        ...LabourReportPage_Table
      }
      outcomes {
        ...LabourReportPage_Table
      }
      vacancies
      funnel {
        key
        label
        count
      }
      internships {
        key
        label
        count
      }
      training {
        key
        label
        count
      }
      timeToPlacement {
        group
        label
        placements
        medianDays
      }
      largestSkillGaps {
        skill
        label
        demanded
        offered
        demandShare
        supplyShare
        gapPoints
      }
      stillEmployedAt90Days {
        key
        label
        count
      }
      charts {
        id
        title
        suppressed
        spec
      }
      pdfUrl
    }
  }
  fragment LabourReportPage_Table on CountTable {
    rowKeys
    rowLabels
    columnKeys
    columnLabels
    cells
    rowTotals
    columnTotals
    grandTotal
  }
`);

type Report = LabourReportPage_QueryQuery['labourMarketReport'];
interface CountTable {
  rowKeys: string[];
  rowLabels: string[];
  columnLabels: string[];
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  grandTotal?: number | null;
}

/** The current semester and the three before it, newest first, as "2026-H2". */
function recentSemesters(today: string): { value: string; label: string }[] {
  let year = Number(today.slice(0, 4));
  let half = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.push({
      value: `${year}-H${half}`,
      label: `${half === 1 ? 'Primo' : 'Secondo'} semestre ${year} (${half === 1 ? 'gennaio-giugno' : 'luglio-dicembre'})`,
    });
    if (half === 2) half = 1;
    else {
      half = 2;
      year--;
    }
  }
  return out;
}

/** A figure of persons: "–" where suppressed, with words for screen readers. */
function Figure({ value }: { value: number | null | undefined }) {
  if (value === null || value === undefined)
    return (
      <span>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">non mostrato</span>
      </span>
    );
  return <>{value.toLocaleString('it-IT')}</>;
}

function CountTableView({ table, caption, first }: { table: CountTable; caption: string; first: string }) {
  const rows = [
    ...table.rowLabels.map((label, r) => ({
      key: table.rowKeys[r]!,
      label,
      cells: table.cells[r]!,
      total: table.rowTotals[r],
    })),
    { key: 'TOTAL', label: 'Totale', cells: table.columnTotals, total: table.grandTotal },
  ];
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { header: first, cell: (row) => row.label },
        ...table.columnLabels.map((header, c) => ({
          header,
          cell: (row: (typeof rows)[number]) => <Figure value={row.cells[c]} />,
        })),
        { header: 'Totale', cell: (row) => <Figure value={row.total} /> },
      ]}
    />
  );
}

function TallyTable({ rows, caption, header }: { rows: Report['funnel']; caption: string; header: string }) {
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { header: 'Voce', cell: (row) => row.label },
        { header, cell: (row) => <Figure value={row.count} /> },
      ]}
    />
  );
}

function ReportView({ report }: { report: Report }) {
  const chart = (id: string) => {
    const found = report.charts.find((c) => c.id === id);
    return found ? <ReportChart title={found.title} spec={found.spec} suppressed={found.suppressed} /> : null;
  };
  const where = report.comune ? `il comune di ${report.comune.name}` : 'tutta la rete';
  return (
    <div data-testid="labour-report">
      <p>
        Dati di {where} dal {report.startsOn.split('-').reverse().join('/')} al{' '}
        {report.endsOn.split('-').reverse().join('/')}.
      </p>
      <div className="sl-actions mb-3">
        <DownloadButton
          client={client}
          path={report.pdfUrl}
          label="Scarica il rapporto in PDF"
          fallbackName={`rapporto-lavoro-${report.semester}.pdf`}
        />
      </div>
      <div className="callout note" data-testid="k-anonymity-note">
        <p className="mb-0">
          <strong>Riservatezza.</strong> Ogni numero che conta persone è mostrato solo se vale almeno{' '}
          {report.minCount} (oppure zero): i numeri più piccoli, e quelli che permetterebbero di ricavarli dai
          totali, sono sostituiti da «–». Ogni persona è contata in un solo gruppo: prima le liste della legge
          68/1999, poi la fragilità economica, poi chi ha almeno 45 anni, poi i giovani senza lavoro.
        </p>
      </div>

      <section className="sl-section" aria-labelledby="report-people">
        <h2 id="report-people">Iscrizioni e prese in carico</h2>
        <div className="sl-report-grid">
          {chart('registrations')}
          {chart('funnel')}
        </div>
        <CountTableView
          table={report.registrations}
          caption="Persone iscritte nel semestre, per comune di residenza e gruppo"
          first="Comune"
        />
        <CountTableView
          table={report.peopleInCharge}
          caption="Persone prese in carico durante il semestre, per comune e gruppo"
          first="Comune"
        />
        <TallyTable rows={report.funnel} caption="Dall’incontro all’assunzione" header="Persone" />
      </section>

      <section className="sl-section" aria-labelledby="report-vacancies">
        <h2 id="report-vacancies">Offerte di lavoro</h2>
        <p>Offerte pubblicate nel semestre: {report.vacancies.toLocaleString('it-IT')}.</p>
        <div className="sl-report-grid">
          {chart('vacancies-section')}
          {chart('vacancies-isco')}
          {chart('vacancies-contract')}
          {chart('skills-gap')}
        </div>
        <DataTable
          caption="Competenze più richieste rispetto a quelle offerte"
          rows={report.largestSkillGaps}
          rowKey={(s) => s.skill}
          columns={[
            { header: 'Competenza', cell: (s) => s.label },
            { header: 'Offerte', cell: (s) => s.demanded.toLocaleString('it-IT') },
            { header: 'CV', cell: (s) => <Figure value={s.offered} /> },
            {
              header: 'Divario (punti %)',
              cell: (s) => (s.gapPoints === null ? '–' : s.gapPoints.toLocaleString('it-IT')),
            },
          ]}
        />
      </section>

      <section className="sl-section" aria-labelledby="report-outcomes">
        <h2 id="report-outcomes">Tirocini, formazione ed esiti</h2>
        <div className="sl-report-grid">
          {chart('outcomes')}
          {chart('time-to-placement')}
        </div>
        <TallyTable rows={report.internships} caption="Tirocini del semestre" header="Numero" />
        <TallyTable rows={report.training} caption="Formazione del semestre" header="Numero" />
        <DataTable
          caption="Tempo dall’iscrizione all’assunzione"
          rows={report.timeToPlacement}
          rowKey={(m) => m.group}
          columns={[
            { header: 'Gruppo', cell: (m) => m.label },
            { header: 'Assunzioni', cell: (m) => <Figure value={m.placements} /> },
            { header: 'Giorni (mediana)', cell: (m) => <Figure value={m.medianDays} /> },
          ]}
        />
        <CountTableView
          table={report.outcomes}
          caption="Esiti per gruppo: assunzioni per tipo di contratto, attività in proprio, tirocini e programmi conclusi"
          first="Gruppo"
        />
        <TallyTable
          rows={report.stillEmployedAt90Days}
          caption="Persone ancora al lavoro (anche in proprio) alla verifica dei 90 giorni"
          header="Persone"
        />
      </section>
    </div>
  );
}

/** "Rapporto sul lavoro": the semestral labour-market report, with live charts and its PDF. */
export function LabourReportPage() {
  const semesters = recentSemesters(todayInItaly());
  const [semester, setSemester] = useState(semesters[0]!.value);
  const [comune, setComune] = useState('');
  const { comuni } = useMemberComuni();
  const query = useQuery({
    queryKey: ['labourMarketReport', semester, comune],
    queryFn: () => client.request(ReportQuery, { semester, comuneCode: comune || null }),
  });
  return (
    <>
      <PageTitle>Rapporto sul mercato del lavoro</PageTitle>
      <p className="sl-lead">
        Il rapporto semestrale della rete: iscrizioni, offerte, competenze, assunzioni ed esiti, per tutta la
        rete o per un comune. Si scarica anche in PDF.
      </p>
      <div className="row">
        <div className="col-md-6">
          <SelectField
            id="report-semester"
            label="Semestre"
            value={semester}
            onChange={(value) => value && setSemester(value)}
            options={semesters}
            placeholder="Scegli il semestre"
          />
        </div>
        <div className="col-md-6">
          <SelectField
            id="report-comune"
            label="Comune"
            value={comune}
            onChange={setComune}
            options={comuni.map((c) => ({ value: c.istatCode, label: c.name }))}
            placeholder="Tutta la rete"
          />
        </div>
      </div>
      {query.isPending ? (
        <p>{it.common.loading}</p>
      ) : query.isError ? (
        <p className="sl-error">{query.error instanceof Error ? query.error.message : it.errors.server}</p>
      ) : (
        <ReportView report={query.data.labourMarketReport} />
      )}
      <OpenDataLinks semester={semester} />
    </>
  );
}
