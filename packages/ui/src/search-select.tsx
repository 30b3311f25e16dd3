import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useDeferredValue, useState } from 'react';
import { SelectField, type SelectOption, TextField } from './fields';

/** Looks up the options matching a text; each portal sends the query with its own client. */
export type OptionSearch = (term: string) => Promise<readonly SelectOption[]>;

export interface SearchSelectProps {
  /** Id of the select; the search box is `${id}-search`, the "nothing found" line `${id}-none`. */
  id: string;
  label: ReactNode;
  placeholder: string;
  searchLabel: string;
  searchHint: string;
  noneFound: string;
  /** Offered before any search, e.g. the occupations a CV seeks or the current choice. */
  suggested: readonly SelectOption[];
  value: string;
  onChange: (value: string) => void;
  search: OptionSearch;
  /** Names the search in the query cache, e.g. "escoOccupations". */
  cacheKey: string;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  optional?: boolean | undefined;
}

/** A select whose options come from a search: the suggested ones, the one chosen, then those found. */
export function SearchSelect({
  id,
  label,
  placeholder,
  searchLabel,
  searchHint,
  noneFound,
  suggested,
  value,
  onChange,
  search,
  cacheKey,
  hint,
  error,
  optional,
}: SearchSelectProps) {
  const [text, setText] = useState('');
  // The chosen option stays offered when a new search no longer finds it.
  const [chosen, setChosen] = useState<SelectOption | null>(null);
  const term = useDeferredValue(text.trim());
  const found = useQuery({
    queryKey: [cacheKey, term],
    queryFn: () => search(term),
    enabled: term.length >= 2,
  });
  const keepChosen = chosen?.value === value && !suggested.some((o) => o.value === value);
  const known = keepChosen && chosen ? [...suggested, chosen] : suggested;
  const others = (found.data ?? []).filter((o) => !known.some((k) => k.value === o.value));
  const choices = [...known, ...others];

  function choose(next: string) {
    setChosen(choices.find((o) => o.value === next) ?? null);
    onChange(next);
  }

  return (
    <>
      <TextField
        id={`${id}-search`}
        label={searchLabel}
        hint={searchHint}
        value={text}
        onChange={setText}
        optional
      />
      {term.length >= 2 && found.isSuccess && others.length === 0 ? (
        <p data-testid={`${id}-none`}>{noneFound}</p>
      ) : null}
      <SelectField
        id={id}
        label={label}
        hint={hint}
        value={value}
        onChange={choose}
        options={choices}
        placeholder={placeholder}
        error={error}
        optional={optional}
      />
    </>
  );
}
