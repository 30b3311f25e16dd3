/** The parts of a matching score as the API sends them (`MatchComponentScore`). */
export interface MatchComponentView {
  component: string;
  points: number;
  maxPoints: number;
  reason: string;
}

const COMPONENT_LABELS: Record<string, string> = {
  ESSENTIAL_SKILLS: 'Competenze essenziali',
  OPTIONAL_SKILLS: 'Altre competenze utili',
  OCCUPATION: 'Professione',
  DISTANCE: 'Distanza',
  LANGUAGES: 'Lingue',
  EDUCATION: 'Titolo di studio',
  EXPERIENCE: 'Esperienza',
  AVAILABILITY: 'Orario e turni',
  DRIVING_LICENCES: 'Patenti di guida',
};

const oneDecimal = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });

/** A score or points with an Italian decimal comma, e.g. "87,5". */
export const formatPoints = (points: number) => oneDecimal.format(points);

/** How well a score out of 100 fits, in words. */
export function scoreInWords(score: number): string {
  if (score >= 75) return 'Molto adatta';
  if (score >= 50) return 'Adatta';
  if (score >= 25) return 'Adatta in parte';
  return 'Poco adatta';
}

/** In plain words, what keeps a score below 100: the components without full points. */
export function matchGaps(components: readonly MatchComponentView[]): string {
  const gaps = components
    .filter((c) => c.points < c.maxPoints)
    .map((c) => (COMPONENT_LABELS[c.component] ?? c.component).toLowerCase());
  if (gaps.length === 0) return 'Corrisponde in tutto a quello che l’offerta chiede.';
  return `Corrisponde solo in parte per: ${gaps.join(', ')}.`;
}

/** Each component of a score: its name, its points out of the maximum and the reason in words. */
export function MatchComponents({
  components,
  testId,
}: {
  components: readonly MatchComponentView[];
  testId?: string;
}) {
  return (
    <ul className="sl-match-components" data-testid={testId}>
      {components.map((c) => (
        <li key={c.component}>
          <span className="sl-match-component">{COMPONENT_LABELS[c.component] ?? c.component}</span>{' '}
          <span className="sl-nowrap">
            {formatPoints(c.points)} punti su {formatPoints(c.maxPoints)}
          </span>
          <span className="sl-match-reason">{c.reason}</span>
        </li>
      ))}
    </ul>
  );
}
