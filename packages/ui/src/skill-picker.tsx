import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useDeferredValue, useState } from 'react';
import { SelectField, TextField } from './fields';

/** Finds ESCO skills by label; each portal sends `escoSkills` with its own client. */
export type SkillSearch = (term: string) => Promise<readonly { uri: string; label: string }[]>;

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

/** Search ESCO skills by label, pick one (with its grade, if asked), and list those picked (removable). */
export function SkillPicker<G extends string = string>({
  id,
  legend,
  grades,
  picked,
  onChange,
  search,
  error,
}: {
  id: string;
  legend: string;
  grades?: SkillGrades<G> | undefined;
  picked: readonly PickedSkill<G>[];
  onChange: (next: PickedSkill<G>[]) => void;
  search: SkillSearch;
  error?: string | undefined;
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
  const choices = (found.data ?? []).filter((s) => !picked.some((p) => p.uri === s.uri));
  const chosen = choices.find((s) => s.uri === uri);

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
      <TextField
        id={`${id}-search`}
        label="Cerca una competenza"
        hint="Almeno due lettere del nome della competenza."
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
