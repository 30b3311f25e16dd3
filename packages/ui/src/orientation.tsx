import { formatDate } from './strings';

export type OrientationPurposeValue = 'ORIENTATION_INTERVIEW' | 'SKILLS_ASSESSMENT';
export type TransportValue = 'OWN_CAR' | 'PUBLIC_TRANSPORT' | 'NONE';

export const orientationPurposeLabels: Record<OrientationPurposeValue, string> = {
  ORIENTATION_INTERVIEW: 'Colloquio di orientamento',
  SKILLS_ASSESSMENT: 'Bilancio di competenze',
};

export const transportLabels: Record<TransportValue, string> = {
  OWN_CAR: 'Auto propria',
  PUBLIC_TRANSPORT: 'Mezzi pubblici',
  NONE: 'Nessun mezzo',
};

/** An orientation record as both portals read it. */
export interface OrientationRecordData {
  id: string;
  kind: OrientationPurposeValue;
  heldOn: string;
  interests: string;
  strengths: string;
  summary: string;
  writtenByName: string;
  sportello: { name: string };
  targetOccupations: readonly { uri: string; label: string }[];
  constraints: {
    hoursPerWeek?: number | null;
    transport: TransportValue;
    careDuties: boolean;
    careDutiesNote?: string | null;
  } | null;
}

const WORDS = {
  citizen: {
    interests: 'Cosa ti interessa',
    strengths: 'I tuoi punti di forza',
    hours: 'Ore alla settimana in cui puoi lavorare',
    transport: 'Come ti sposti',
    care: 'Persone di cui ti prendi cura (figli, familiari)',
    targets: 'Lavori a cui puntare',
    summary: 'In sintesi',
  },
  operator: {
    interests: 'Interessi',
    strengths: 'Punti di forza',
    hours: 'Ore settimanali disponibili',
    transport: 'Spostamenti',
    care: 'Carichi di cura',
    targets: 'Professioni obiettivo (ESCO)',
    summary: 'Sintesi',
  },
};

/**
 * One orientation record: what the person likes, can do and needs, and the jobs to aim at. The
 * citizen reads it in plain words; the constraints are absent for readers who may not see them.
 */
export function OrientationRecordView({
  record,
  audience,
}: {
  record: OrientationRecordData;
  audience: 'citizen' | 'operator';
}) {
  const words = WORDS[audience];
  const c = record.constraints;
  return (
    <article className="sl-section" data-testid="orientation-record" aria-labelledby={`record-${record.id}`}>
      <h3 id={`record-${record.id}`} className="h5">
        {orientationPurposeLabels[record.kind]} del {formatDate(record.heldOn)}
      </h3>
      <p className="text-muted">
        Con {record.writtenByName}, {record.sportello.name}.
      </p>
      <dl className="sl-details sl-details--compact">
        <dt>{words.interests}</dt>
        <dd>{record.interests}</dd>
        <dt>{words.strengths}</dt>
        <dd>{record.strengths}</dd>
        {c ? (
          <>
            <dt>{words.hours}</dt>
            <dd>{c.hoursPerWeek ?? 'Non indicate'}</dd>
            <dt>{words.transport}</dt>
            <dd>{transportLabels[c.transport]}</dd>
            <dt>{words.care}</dt>
            <dd>{c.careDuties ? `Sì${c.careDutiesNote ? `: ${c.careDutiesNote}` : ''}` : 'No'}</dd>
          </>
        ) : null}
        <dt>{words.targets}</dt>
        <dd data-testid="orientation-targets">
          {record.targetOccupations.length
            ? record.targetOccupations.map((o) => o.label).join('; ')
            : 'Nessuna indicata'}
        </dd>
        <dt>{words.summary}</dt>
        <dd className="sl-pre-line">{record.summary}</dd>
      </dl>
    </article>
  );
}
