import { LoadError, Loading, Notice, PageTitle } from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import { VacancyForm } from './VacancyForm';
import { isEditable, valuesOf } from './vacancy-form-values';

const EditableVacancyQuery = graphql(`
  query EditVacancyPage_VacancyQuery($id: ID!) {
    vacancy(id: $id) {
      id
      status
      title
      occupation {
        uri
        label
      }
      description
      skills {
        essential
        skill {
          uri
          label
        }
      }
      languages {
        languageCode
        minLevel
      }
      minEqfLevel
      minExperienceMonths
      drivingLicences
      contractType
      hours
      weeklyHours
      shifts
      workplaceComune {
        istatCode
        name
        provinceCode
      }
      remote
      salaryMinCents
      salaryMaxCents
      collectiveAgreement
      agreementLevel
      positions
      law68Reserved
      expiresOn
    }
  }
`);

const UpdateVacancyMutation = graphql(`
  mutation EditVacancyPage_UpdateVacancyMutation($id: ID!, $input: VacancyInput!) {
    updateVacancy(id: $id, input: $input) {
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

/** "Modifica l’offerta": a draft, or a vacancy the sportello did not accept, corrected and saved as a draft. */
export function EditVacancyPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['vacancy', id, 'edit'],
    queryFn: () => client.request(EditableVacancyQuery, { id }),
    // The form starts from what is saved now, not from a copy read earlier.
    staleTime: 0,
    gcTime: 0,
  });
  const vacancy = query.data?.vacancy;

  if (query.isPending) return <Loading />;
  if (query.error) return <LoadError error={query.error} retry={() => query.refetch()} />;
  if (!vacancy || !isEditable(vacancy.status)) {
    return (
      <>
        <PageTitle>Modifica l’offerta</PageTitle>
        <Notice kind="warning" testId="not-editable">
          <p className="mb-0">
            {vacancy
              ? 'Si modifica solo un’offerta in bozza o non accettata dallo sportello.'
              : 'L’offerta non esiste o non è dell’azienda.'}{' '}
            <Link to={vacancy ? `/offerte/${vacancy.id}` : '/offerte'}>
              {vacancy ? 'Torna all’offerta' : 'Torna alle tue offerte'}
            </Link>
          </p>
        </Notice>
      </>
    );
  }

  return (
    <>
      <p>
        <Link to={`/offerte/${vacancy.id}`}>Torna all’offerta</Link>
      </p>
      <PageTitle title="Modifica l’offerta">Modifica l’offerta</PageTitle>
      <p>
        {vacancy.status === 'REJECTED'
          ? 'Correggi l’offerta come chiede lo sportello: salvata, torna una bozza da inviare di nuovo.'
          : 'Le modifiche restano nella bozza finché non la invii allo sportello.'}
      </p>
      <VacancyForm
        initial={valuesOf(vacancy)}
        saved={{ occupation: vacancy.occupation, comune: vacancy.workplaceComune }}
        submitLabel="Salva le modifiche"
        onSave={async (input) => {
          const { updateVacancy } = await client.request(UpdateVacancyMutation, { id: vacancy.id, input });
          if (updateVacancy.vacancy && updateVacancy.userErrors.length === 0) {
            await queryClient.invalidateQueries({ queryKey: ['vacancy', vacancy.id] });
            await queryClient.invalidateQueries({ queryKey: ['companyVacancies'] });
            navigate(`/offerte/${vacancy.id}`);
          }
          return updateVacancy.userErrors;
        }}
      />
    </>
  );
}
