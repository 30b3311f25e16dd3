import { FULL } from './points.js';
import { componentPoints, type PairFacts, pairFacts, type SkillFacts } from './reference.js';
import { type CvProfile, MOTHER_TONGUE, type ReferenceData, type VacancyProfile } from './types.js';
import { COMPONENTS, type Component, SCALE } from './weights.js';

export interface ComponentExplanation {
  component: Component;
  /** Tenths of a point. */
  points: number;
  maxPoints: number;
  /** In Italian, for citizens, companies and operators alike. */
  reason: string;
}

export interface Explanation {
  score: number;
  components: ComponentExplanation[];
}

const CEFR = ['', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const languageNames = new Intl.DisplayNames(['it'], { type: 'language', fallback: 'code' });

// One formatter for every explanation: toLocaleString with options builds a new one at each call.
const kilometres = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });
const km = (tenths: number) => `${kilometres.format(tenths / 10)} km`;
const months = (n: number) => (n === 1 ? '1 mese' : `${n} mesi`);

/** The label of a skill id, for naming the missing ones. */
export type SkillLabel = (skill: number) => string;

const NAMED_MISSING = 5;

function missingList(missing: readonly number[], label: SkillLabel): string {
  const names = missing.slice(0, NAMED_MISSING).map(label);
  const more = missing.length - names.length;
  return `${missing.length === 1 ? 'manca' : 'mancano'}: ${names.join(', ')}${more > 0 ? ` e altre ${more}` : ''}`;
}

function skillsReason(f: SkillFacts, kind: 'essenziali' | 'facoltative', label?: SkillLabel): string {
  const singular = kind === 'essenziali' ? 'essenziale' : 'facoltativa';
  if (f.required === 0) return `nessuna competenza ${singular} indicata dall'offerta`;
  let reason = `${f.exact} di ${f.required} ${f.required === 1 ? `competenza ${singular}` : `competenze ${kind}`}`;
  if (f.related > 0) reason += `, più ${f.related} ${f.related === 1 ? 'affine' : 'affini'} (metà punteggio)`;
  if (label && f.missing.length > 0) reason += `; ${missingList(f.missing, label)}`;
  return reason;
}

function occupationReason(level: number, declared: number): string {
  if (declared === 0) return 'nessuna professione cercata o svolta indicata nel CV';
  return [
    'professione diversa da quelle cercate o svolte',
    'professione dello stesso gruppo ISCO ristretto (3 cifre)',
    'professione dello stesso gruppo ISCO (4 cifre)',
    'stessa professione ESCO cercata o svolta',
  ][level]!;
}

function distanceReason(f: PairFacts): string {
  if (f.remote) return 'lavoro da remoto';
  const where = f.distanceTenths <= f.radiusKm * 10 ? 'entro' : 'oltre';
  return `${km(f.distanceTenths)}, ${where} il raggio di ${f.radiusKm} km`;
}

function languagesReason(f: PairFacts, ref: ReferenceData): string {
  if (f.languages.length === 0) return 'nessuna lingua richiesta';
  return f.languages
    .map((l) => {
      const name = languageNames.of(ref.languageCodes[l.language] ?? '') ?? '';
      const declared =
        l.declared === MOTHER_TONGUE
          ? 'madrelingua'
          : l.declared === 0
            ? 'non dichiarato'
            : `${CEFR[l.declared]} dichiarato`;
      return `${name} ${CEFR[l.required]} richiesto, ${declared}`;
    })
    .join('; ');
}

function educationReason(f: PairFacts): string {
  if (f.minEqfLevel === 0) return 'nessun titolo di studio minimo richiesto';
  const declared = f.eqfLevel === 0 ? 'nessun titolo concluso' : `livello EQF ${f.eqfLevel} conseguito`;
  return `livello EQF ${f.minEqfLevel} richiesto, ${declared}`;
}

function experienceReason(f: PairFacts): string {
  if (f.requiredMonths === 0)
    return `nessuna esperienza minima richiesta (${months(f.relevantMonths)} nello stesso gruppo professionale)`;
  return `${months(f.relevantMonths)} di esperienza nello stesso gruppo professionale, ${months(f.requiredMonths)} richiesti`;
}

function availabilityReason(f: PairFacts): string {
  const hours = f.partTime ? 'tempo parziale' : 'tempo pieno';
  const parts = [`${hours}: ${f.hoursOk ? 'disponibile' : 'non disponibile'}`];
  if (f.shiftsRequired) parts.push(`turni: ${f.shiftsOk ? 'disponibile' : 'non disponibile'}`);
  return parts.join('; ');
}

function licencesReason(f: PairFacts): string {
  if (f.licencesRequired === 0) return 'nessuna patente richiesta';
  return `${f.licencesHeld} di ${f.licencesRequired} ${f.licencesRequired === 1 ? 'patente richiesta' : 'patenti richieste'}`;
}

/**
 * Points and an Italian reason for every component of one pair; the points add up to the score.
 * With `skillLabel` the skill reasons name the missing skills.
 */
export function explainMatch(
  cv: CvProfile,
  vacancy: VacancyProfile,
  ref: ReferenceData,
  skillLabel?: SkillLabel,
): Explanation {
  const facts = pairFacts(cv, vacancy, ref);
  const points = componentPoints(facts);
  const reasons: Record<Component, string> = {
    essentialSkills: skillsReason(facts.essential, 'essenziali', skillLabel),
    optionalSkills: skillsReason(facts.optional, 'facoltative', skillLabel),
    occupation: occupationReason(facts.occupationLevel, cv.occupations.length),
    distance: distanceReason(facts),
    languages: languagesReason(facts, ref),
    education: educationReason(facts),
    experience: experienceReason(facts),
    availability: availabilityReason(facts),
    drivingLicences: licencesReason(facts),
  };
  const components = COMPONENTS.map((component) => ({
    component,
    points: points[component],
    maxPoints: FULL[component],
    reason: reasons[component],
  }));
  return { score: components.reduce((sum, c) => sum + c.points, 0), components };
}

/** A score in tenths as the Italian decimal shown to people ("72,5"). */
export const formatScore = (tenths: number) =>
  (tenths / SCALE).toLocaleString('it-IT', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
