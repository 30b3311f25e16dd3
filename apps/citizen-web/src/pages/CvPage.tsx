import { CvEditor, LoadError, Loading, PageTitle } from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { client } from '../client';
import { searchOccupations, searchSkills, suggestSkills } from '../cv/esco-search';
import { graphql } from '../gql';

graphql(`
  fragment CvPage_CvFields on Cv {
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

const MyCvQuery = graphql(`
  query CvPage_MyCvQuery {
    me {
      id
      citizen {
        id
        availability {
          fullTime
          partTime
          shifts
          mobilityRadiusKm
          hasOwnVehicle
          drivingLicences
        }
        cv {
          ...CvPage_CvFields
        }
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
  mutation CvPage_SaveCvMutation($input: CvInput!) {
    saveCv(input: $input) {
      cv {
        ...CvPage_CvFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const SaveAvailabilityMutation = graphql(`
  mutation CvPage_SaveAvailabilityMutation($input: UpdateCitizenProfileInput!) {
    updateCitizenProfile(input: $input) {
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

export function CvPage() {
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['my-cv'],
    queryFn: () => client.request(MyCvQuery),
    // The editor keeps its own draft: a refetch would not reach it.
    staleTime: Number.POSITIVE_INFINITY,
  });
  const citizen = data?.me?.citizen;

  return (
    <>
      <PageTitle>Il mio curriculum</PageTitle>
      {isPending ? <Loading /> : null}
      {error ? <LoadError error={error} retry={refetch} /> : null}
      {data && citizen ? (
        <CvEditor
          voice="citizen"
          cv={citizen.cv ?? null}
          availability={citizen.availability}
          educationTitles={data.educationTitles}
          searchOccupations={searchOccupations}
          searchSkills={searchSkills}
          suggestSkills={suggestSkills}
          saveCv={async (input) => {
            const { saveCv } = await client.request(SaveCvMutation, { input });
            // Matching vacancies and the PDF follow the CV.
            void queryClient.invalidateQueries({ queryKey: ['my-matching-vacancies'] });
            return { cv: saveCv.cv ?? null, userErrors: saveCv.userErrors };
          }}
          saveAvailability={async (availability) => {
            const { updateCitizenProfile } = await client.request(SaveAvailabilityMutation, {
              input: {
                availability: { ...availability, drivingLicences: [...availability.drivingLicences] },
              },
            });
            return updateCitizenProfile.userErrors;
          }}
        />
      ) : null}
      {data && !citizen ? <p>Il curriculum è solo per i cittadini.</p> : null}
      <p className="mt-4">
        <Link to="/profilo">Torna al tuo profilo</Link>
      </p>
    </>
  );
}
