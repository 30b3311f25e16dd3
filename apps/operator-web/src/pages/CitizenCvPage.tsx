import { CvEditor, LoadError, Loading, Notice, PageTitle, ProfileForm } from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { client } from '../client';
import { searchOccupations, searchSkills, suggestSkills } from '../esco-search';
import { graphql } from '../gql';

graphql(`
  fragment CitizenCvPage_CvFields on Cv {
    headline
    summary
    soughtOccupations {
      uri
      label
    }
    experiences {
      id
      employer
      jobTitle
      startsOn
      endsOn
      description
      occupation {
        uri
      }
      comune {
        istatCode
      }
    }
    education {
      id
      field
      institution
      yearCompleted
      title {
        code
      }
    }
    languages {
      languageCode
      motherTongue
      listening
      reading
      spokenInteraction
      spokenProduction
      writing
    }
    certifications {
      id
      name
      issuer
      issuedOn
      expiresOn
    }
    skills {
      level
      source
      skill {
        uri
        label
      }
    }
    completeness {
      score
      missing {
        section
        message
      }
    }
  }
`);

const CitizenCvQuery = graphql(`
  query CitizenCvPage_CitizenQuery($id: ID!) {
    citizen(id: $id) {
      id
      givenName
      familyName
      phone
      employmentStatus
      availability {
        fullTime
        partTime
        shifts
        mobilityRadiusKm
        hasOwnVehicle
        drivingLicences
      }
      cv {
        ...CitizenCvPage_CvFields
      }
    }
    educationTitles {
      code
      label
      eqfLevel
    }
  }
`);

const SaveCvMutation = graphql(`
  mutation CitizenCvPage_SaveCvMutation($citizenId: ID!, $input: CvInput!) {
    saveCv(citizenId: $citizenId, input: $input) {
      cv {
        ...CitizenCvPage_CvFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const UpdateProfileMutation = graphql(`
  mutation CitizenCvPage_UpdateProfileMutation($citizenId: ID!, $input: UpdateCitizenProfileInput!) {
    updateCitizenProfile(citizenId: $citizenId, input: $input) {
      citizen {
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

/** The operator edits a citizen's profile and CV on their behalf, with the citizen's editor. */
export function CitizenCvPage() {
  const { id = '' } = useParams();
  const registration = useLocation().state as { registered?: boolean; invitedAt?: string | null } | null;
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['citizen-cv', id],
    queryFn: () => client.request(CitizenCvQuery, { id }),
    // The editor keeps its own draft: a refetch would not reach it.
    staleTime: Number.POSITIVE_INFINITY,
  });
  const citizen = data?.citizen;
  const changed = () => queryClient.invalidateQueries({ queryKey: ['citizen', id] });

  if (isPending || error || !data || !citizen) {
    return (
      <>
        <PageTitle>Profilo e curriculum</PageTitle>
        {isPending ? <Loading /> : null}
        {error ? <LoadError error={error} retry={refetch} /> : null}
        {data && !citizen ? (
          <Notice kind="warning">
            <p className="mb-0">Nessun cittadino trovato: forse il link non è completo.</p>
          </Notice>
        ) : null}
      </>
    );
  }

  const name = `${citizen.givenName} ${citizen.familyName}`;
  return (
    <>
      <Link className="sl-back-link" to={`/cittadini/${citizen.id}`}>
        Torna alla scheda di {name}
      </Link>
      <PageTitle>{`Profilo e curriculum di ${name}`}</PageTitle>
      {registration?.registered ? (
        <Notice kind="success" live="polite" testId="registered">
          <p className="mb-0">
            {registration.invitedAt
              ? `${name} è registrato/a. Abbiamo mandato a ${registration.invitedAt} l’email per scegliere la password.`
              : `${name} è registrato/a senza email: non riceve messaggi e non può accedere al portale, quindi avvisatela voi di proposte e colloqui. Quando avrà un indirizzo, aggiungilo dalla sua scheda.`}
          </p>
        </Notice>
      ) : null}
      <section className="sl-section" aria-labelledby="profile-title">
        <h2 id="profile-title">Dati della persona</h2>
        <ProfileForm
          initial={{
            givenName: citizen.givenName,
            familyName: citizen.familyName,
            phone: citizen.phone ?? '',
            employmentStatus: citizen.employmentStatus ?? '',
          }}
          phoneHint="Il numero a cui lo sportello contatta la persona."
          onSave={async (values) => {
            const { updateCitizenProfile } = await client.request(UpdateProfileMutation, {
              citizenId: citizen.id,
              input: {
                givenName: values.givenName.trim(),
                familyName: values.familyName.trim(),
                phone: values.phone.trim() || null,
                employmentStatus: values.employmentStatus || null,
              },
            });
            await changed();
            return updateCitizenProfile.userErrors;
          }}
        />
      </section>
      <section className="sl-section" aria-labelledby="cv-title">
        <h2 id="cv-title">Curriculum</h2>
        <CvEditor
          voice="operator"
          cv={citizen.cv ?? null}
          availability={citizen.availability}
          educationTitles={data.educationTitles}
          searchOccupations={searchOccupations}
          searchSkills={searchSkills}
          suggestSkills={suggestSkills}
          saveCv={async (input) => {
            const { saveCv } = await client.request(SaveCvMutation, { citizenId: citizen.id, input });
            await changed();
            return { cv: saveCv.cv ?? null, userErrors: saveCv.userErrors };
          }}
          saveAvailability={async (availability) => {
            const { updateCitizenProfile } = await client.request(UpdateProfileMutation, {
              citizenId: citizen.id,
              input: {
                availability: { ...availability, drivingLicences: [...availability.drivingLicences] },
              },
            });
            await changed();
            return updateCitizenProfile.userErrors;
          }}
        />
      </section>
    </>
  );
}
