import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useDeferredValue, useState } from 'react';
import { SelectField, TextField } from './fields';

/** Finds ESCO skills by label; each portal sends `escoSkills` with its own client. */
export type SkillSearch = (term: string) => Promise<readonly { uri: string; label: string }[]>;

export interface SuggestedSkill {
  uri: string;
  label: string;
  /** Essential for the occupation according to ESCO; optional otherwise. */
  essential: boolean;
}

/** The ESCO skills of some occupations; each portal sends `escoOccupationsByUri` with its own client. */
export type SkillSuggest = (occupationUris: readonly string[]) => Promise<readonly SuggestedSkill[]>;

/** The skills of occupations as ESCO lists them, each once: essential where any occupation needs it. */
export function occupationSkillSuggestions(
  occupations: readonly {
    essential: readonly { uri: string; label: string }[];
    optional: readonly { uri: string; label: string }[];
  }[],
): SuggestedSkill[] {
  const skills = new Map<string, SuggestedSkill>();
  for (const o of occupations) for (const s of o.essential) skills.set(s.uri, { ...s, essential: true });
  for (const o of occupations)
    for (const s of o.optional) if (!skills.has(s.uri)) skills.set(s.uri, { ...s, essential: false });
  return [...skills.values()];
}

const SUGGESTIONS_SHOWN = 8;

export interface PickedSkill<G extends string = string> {
  uri: string;
  label: string;
  /** What is chosen with the skill (a level, or whether it is essential); null when nothing is asked. */
  grade: G | null;
}

/** What to choose with each skill: its label and the Italian name of each value. */
export interface SkillGrades<G extends string> {
  label: string;
  placeholder: string;
  names: Record<G, string>;
}

/**
 * Search ESCO skills by label, pick one (with its grade, if asked), and list those picked (removable).
 * Given occupations and `suggest`, their ESCO skills are offered as buttons that add (or remove) a
 * skill in one click, with the grade `suggestedGrade` gives; without one, a click selects the skill
 * below, where its grade is chosen.
 */
export function SkillPicker<G extends string = string>({
  id,
  legend,
  grades,
  picked,
  onChange,
  search,
  error,
  occupationUris = [],
  suggest,
  suggestedGrade,
}: {
  id: string;
  legend: string;
  grades?: SkillGrades<G> | undefined;
  picked: readonly PickedSkill<G>[];
  onChange: (next: PickedSkill<G>[]) => void;
  search: SkillSearch;
  error?: string | undefined;
  occupationUris?: readonly string[] | undefined;
  suggest?: SkillSuggest | undefined;
  suggestedGrade?: ((essential: boolean) => G) | undefined;
}) {
  const [text, setText] = useState('');
  const [uri, setUri] = useState('');
  const [grade, setGrade] = useState<G | ''>('');
  const term = useDeferredValue(text.trim());
  const found = useQuery({
    queryKey: ['escoSkills', term],
    queryFn: () => search(term),
    enabled: term.length >= 2,
  });
  const [selectedSuggestion, setSelectedSuggestion] = useState<SuggestedSkill | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const suggestions = useQuery({
    queryKey: ['escoOccupationSkills', occupationUris],
    queryFn: () => suggest!(occupationUris),
    enabled: Boolean(suggest) && occupationUris.length > 0,
  });
  const choices = [
    ...(selectedSuggestion && !found.data?.some((s) => s.uri === selectedSuggestion.uri)
      ? [selectedSuggestion]
      : []),
    ...(found.data ?? []),
  ].filter((s) => !picked.some((p) => p.uri === s.uri));
  const chosen = choices.find((s) => s.uri === uri);

  function toggleSuggestion(skill: SuggestedSkill) {
    if (picked.some((p) => p.uri === skill.uri)) {
      onChange(picked.filter((p) => p.uri !== skill.uri));
      setAnnouncement(`Competenza tolta: ${skill.label}.`);
    } else if (grades && !suggestedGrade) {
      setSelectedSuggestion(skill);
      setUri(skill.uri);
      setAnnouncement(`Competenza scelta: ${skill.label}. Indica ${grades.label.toLowerCase()} qui sotto.`);
    } else {
      onChange([
        ...picked,
        { uri: skill.uri, label: skill.label, grade: suggestedGrade?.(skill.essential) ?? null },
      ]);
      setAnnouncement(`Competenza aggiunta: ${skill.label}.`);
    }
  }

  const ready = chosen && (grade || !grades);

  function add() {
    if (!chosen || !ready) return;
    onChange([...picked, { uri: chosen.uri, label: chosen.label, grade: grade || null }]);
    setUri('');
    setGrade('');
  }

  return (
    <fieldset className="sl-fieldset" data-testid={id}>
      <legend>{legend}</legend>
      {picked.length ? (
        <ul className="list-unstyled" data-testid={`${id}-picked`}>
          {picked.map((skill) => (
            <li key={skill.uri}>
              {skill.label}
              {skill.grade && grades ? `: ${grades.names[skill.grade].toLowerCase()}` : ''}{' '}
              <button
                type="button"
                className="btn btn-link p-0"
                onClick={() => onChange(picked.filter((p) => p.uri !== skill.uri))}
              >
                Rimuovi<span className="visually-hidden"> {skill.label}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nessuna competenza indicata.</p>
      )}
      {error ? (
        <p className="sl-error" id={`${id}-error`}>
          <span className="visually-hidden">Errore: </span>
          {error}
        </p>
      ) : null}
      {suggestions.data?.length ? (
        <SkillSuggestions
          id={`${id}-suggestions`}
          skills={suggestions.data}
          picked={picked}
          onToggle={toggleSuggestion}
        />
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <TextField
        id={`${id}-search`}
        label="Cerca una competenza"
        hint="Almeno due lettere. I nomi delle competenze sono per ora in inglese, come nella classificazione europea ESCO: per esempio «forklift» per il carrello elevatore, «excel» per i fogli di calcolo."
        value={text}
        onChange={setText}
        optional
      />
      {term.length >= 2 && found.isSuccess && choices.length === 0 ? (
        <p data-testid={`${id}-none`}>Nessuna competenza trovata.</p>
      ) : null}
      {choices.length ? (
        <>
          <SelectField
            id={`${id}-skill`}
            label="Competenza"
            value={uri}
            onChange={setUri}
            options={choices.map((s) => ({ value: s.uri, label: s.label }))}
            placeholder="Scegli la competenza"
            optional
          />
          {grades ? (
            <SelectField
              id={`${id}-grade`}
              label={grades.label}
              value={grade}
              onChange={(value) => setGrade(value as G)}
              options={Object.entries<string>(grades.names).map(([value, label]) => ({ value, label }))}
              placeholder={grades.placeholder}
              optional
            />
          ) : null}
          <Button type="button" color="secondary" size="sm" onClick={add} aria-disabled={!ready || undefined}>
            Aggiungi la competenza
          </Button>
        </>
      ) : null}
    </fieldset>
  );
}

/** The skills of the chosen occupations, essential then optional, each a button that adds or removes it. */
function SkillSuggestions({
  id,
  skills,
  picked,
  onToggle,
}: {
  id: string;
  skills: readonly SuggestedSkill[];
  picked: readonly { uri: string }[];
  onToggle: (skill: SuggestedSkill) => void;
}) {
  const [all, setAll] = useState(false);
  const groups = [
    { key: 'essential', title: 'Essenziali per la professione', skills: skills.filter((s) => s.essential) },
    { key: 'optional', title: 'Utili per la professione', skills: skills.filter((s) => !s.essential) },
  ].filter((g) => g.skills.length > 0);
  const hidden = groups.reduce((n, g) => n + Math.max(0, g.skills.length - SUGGESTIONS_SHOWN), 0);
  return (
    <section className="sl-suggestions" aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 className="h6" id={`${id}-title`}>
        Competenze suggerite dalla classificazione ESCO
      </h3>
      <p className="sl-hint">Premi una competenza per aggiungerla; premila di nuovo per toglierla.</p>
      {groups.map((group) => (
        <div key={group.key}>
          <h4 className="h6" id={`${id}-${group.key}`}>
            {group.title}
          </h4>
          <ul className="list-unstyled sl-suggestion-list" aria-labelledby={`${id}-${group.key}`}>
            {(all ? group.skills : group.skills.slice(0, SUGGESTIONS_SHOWN)).map((skill) => {
              const added = picked.some((p) => p.uri === skill.uri);
              return (
                <li key={skill.uri}>
                  <button
                    type="button"
                    className={`btn btn-sm sl-suggestion-button ${added ? 'btn-primary' : 'btn-outline-primary'}`}
                    aria-pressed={added}
                    onClick={() => onToggle(skill)}
                  >
                    <span aria-hidden="true">{added ? '✓ ' : '+ '}</span>
                    {skill.label}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {hidden > 0 && !all ? (
        <button type="button" className="btn btn-link p-0" onClick={() => setAll(true)}>
          Mostra altre {hidden} competenze suggerite
        </button>
      ) : null}
    </section>
  );
}
