import { SelectField, skillLevelLabels, TextField } from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useDeferredValue, useState } from 'react';
import { client } from './client';
import { options } from './format';
import { graphql } from './gql';
import type { SkillLevel } from './gql/graphql';

const SkillSearchQuery = graphql(`
  query SkillPicker_EscoSkillsQuery($search: String!) {
    escoSkills(search: $search, first: 20) {
      uri
      label
    }
  }
`);

export interface PickedSkill {
  uri: string;
  label: string;
  /** Null when the picker asks for no level (skills still to acquire). */
  level: SkillLevel | null;
}

/** Search ESCO skills by label, pick one (with its level, if asked), and list those picked (removable). */
export function SkillPicker({
  id,
  legend,
  withLevel,
  picked,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  withLevel: boolean;
  picked: readonly PickedSkill[];
  onChange: (next: PickedSkill[]) => void;
  error?: string | undefined;
}) {
  const [search, setSearch] = useState('');
  const [uri, setUri] = useState('');
  const [level, setLevel] = useState<SkillLevel | ''>('');
  const term = useDeferredValue(search.trim());
  const found = useQuery({
    queryKey: ['escoSkills', term],
    queryFn: () => client.request(SkillSearchQuery, { search: term }),
    enabled: term.length >= 2,
  });
  const choices = (found.data?.escoSkills ?? []).filter((s) => !picked.some((p) => p.uri === s.uri));
  const chosen = choices.find((s) => s.uri === uri);

  const ready = chosen && (level || !withLevel);

  function add() {
    if (!chosen || !ready) return;
    onChange([...picked, { uri: chosen.uri, label: chosen.label, level: level || null }]);
    setUri('');
    setLevel('');
  }

  return (
    <fieldset className="sl-fieldset" data-testid={id}>
      <legend>{legend}</legend>
      {picked.length ? (
        <ul className="list-unstyled">
          {picked.map((skill) => (
            <li key={skill.uri}>
              {skill.label}
              {skill.level ? `: ${skillLevelLabels[skill.level].toLowerCase()}` : ''}{' '}
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
        <p className="text-danger" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <TextField
        id={`${id}-search`}
        label="Cerca una competenza"
        hint="Almeno due lettere del nome della competenza."
        value={search}
        onChange={setSearch}
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
          {withLevel ? (
            <SelectField
              id={`${id}-level`}
              label="Livello"
              value={level}
              onChange={(value) => setLevel(value as SkillLevel)}
              options={options(skillLevelLabels)}
              placeholder="Scegli il livello"
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
