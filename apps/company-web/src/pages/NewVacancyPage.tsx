import { PageTitle } from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import { VacancyForm } from './VacancyForm';
import { blankVacancy } from './vacancy-form-values';

const CreateVacancyMutation = graphql(`
  mutation NewVacancyPage_CreateVacancyMutation($input: VacancyInput!, $idempotencyKey: String) {
    createVacancy(input: $input, idempotencyKey: $idempotencyKey) {
      vacancy {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** "Nuova offerta": a draft the company then sends to the sportello from its page. */
export function NewVacancyPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // One key for the life of the form: a repeated submit creates one vacancy.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [initial] = useState(() => blankVacancy(new Date()));

  return (
    <>
      <p>
        <Link to="/offerte">Le tue offerte</Link>
      </p>
      <PageTitle>Nuova offerta</PageTitle>
      <p>
        L’offerta resta una bozza finché non la invii allo sportello, che la controlla e la pubblica. I campi
        senza «facoltativo» sono obbligatori.
      </p>
      <VacancyForm
        initial={initial}
        submitLabel="Salva la bozza"
        onSave={async (input) => {
          const { createVacancy } = await client.request(CreateVacancyMutation, { input, idempotencyKey });
          if (createVacancy.vacancy && createVacancy.userErrors.length === 0) {
            await queryClient.invalidateQueries({ queryKey: ['companyVacancies'] });
            navigate(`/offerte/${createVacancy.vacancy.id}`);
          }
          return createVacancy.userErrors;
        }}
      />
    </>
  );
}
