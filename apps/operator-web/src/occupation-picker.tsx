import { SelectField, TextField } from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { client } from './client';
import { graphql } from './gql';

const OccupationSearchQuery = graphql(`
  query OccupationPicker_EscoOccupationsQuery($search: String!) {
    escoOccupations(search: $search, first: 20) {
      uri
      label
    }
  }
`);

export interface Occupation {
  uri: string;
  label: string;
}

/**
 * Choose one ESCO occupation: among the suggested ones (e.g. those the CV seeks) or any other found
 * by its label.
 */
export function OccupationPicker({
  id,
  label,
  suggested,
  value,
  onChange,
}: {
  id: string;
  label: string;
  suggested: readonly Occupation[];
  value: string;
  onChange: (uri: string) => void;
}) {
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const found = useQuery({
    queryKey: ['escoOccupations', term],
    queryFn: () => client.request(OccupationSearchQuery, { search: term }),
    enabled: term.length >= 2,
  });
  const others = (found.data?.escoOccupations ?? []).filter((o) => !suggested.some((s) => s.uri === o.uri));
  const choices = [...suggested, ...others];

  return (
    <div data-testid={id}>
      <TextField
        id={`${id}-search`}
        label="Cerca una professione"
        hint="Almeno due lettere del nome della professione (le denominazioni ESCO sono per ora in inglese)."
        value={search}
        onChange={setSearch}
        optional
      />
      {term.length >= 2 && found.isSuccess && others.length === 0 ? (
        <p data-testid={`${id}-none`}>Nessuna altra professione trovata.</p>
      ) : null}
      <SelectField
        id={`${id}-occupation`}
        label={label}
        hint={suggested.length ? 'In cima, le professioni cercate nel CV.' : undefined}
        value={value}
        onChange={onChange}
        options={choices.map((o) => ({ value: o.uri, label: o.label }))}
        placeholder="Scegli la professione"
        optional
      />
    </div>
  );
}
