import type { ReactNode } from 'react';
import { SearchSelect } from './search-select';

export interface Occupation {
  uri: string;
  label: string;
}

/** Finds ESCO occupations by label; each portal sends `escoOccupations` with its own client. */
export type OccupationSearch = (term: string) => Promise<readonly Occupation[]>;

const asOption = (o: Occupation) => ({ value: o.uri, label: o.label });

/**
 * Choose one ESCO occupation: among the suggested ones (e.g. those the CV seeks) or any other found
 * by its label. `id` is the select's; the search box is `${id}-search`.
 */
export function OccupationPicker({
  id,
  label,
  suggested,
  value,
  onChange,
  search,
  hint,
  error,
  optional,
}: {
  id: string;
  label: string;
  suggested: readonly Occupation[];
  value: string;
  onChange: (uri: string) => void;
  search: OccupationSearch;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  optional?: boolean | undefined;
}) {
  return (
    <SearchSelect
      id={id}
      label={label}
      placeholder="Scegli la professione"
      searchLabel="Cerca una professione"
      searchHint="Almeno due lettere del nome della professione, per esempio «magazziniere» o «saldatore»."
      noneFound="Nessuna altra professione trovata."
      suggested={suggested.map(asOption)}
      value={value}
      onChange={onChange}
      search={async (term) => (await search(term)).map(asOption)}
      cacheKey="escoOccupations"
      hint={hint}
      error={error}
      optional={optional}
    />
  );
}
