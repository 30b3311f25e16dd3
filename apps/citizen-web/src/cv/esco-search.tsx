import {
  type OccupationSearch,
  occupationSkillSuggestions,
  type SkillSearch,
  type SkillSuggest,
} from '@sportello/ui';
import { client } from '../client';
import { graphql } from '../gql';

const OccupationsQuery = graphql(`
  query EscoSearch_OccupationsQuery($search: String!) {
    escoOccupations(search: $search, first: 20) {
      uri
      label
    }
  }
`);

const SkillsQuery = graphql(`
  query EscoSearch_SkillsQuery($search: String!) {
    escoSkills(search: $search, first: 20) {
      uri
      label
    }
  }
`);

const OccupationSkillsQuery = graphql(`
  query EscoSearch_OccupationSkillsQuery($uris: [ID!]!) {
    escoOccupationsByUri(uris: $uris) {
      uri
      essential: skills(relation: ESSENTIAL) {
        uri
        label
      }
      optional: skills(relation: OPTIONAL) {
        uri
        label
      }
    }
  }
`);

/** The searches behind the shared ESCO pickers. */
export const searchOccupations: OccupationSearch = async (search) =>
  (await client.request(OccupationsQuery, { search })).escoOccupations;

export const searchSkills: SkillSearch = async (search) =>
  (await client.request(SkillsQuery, { search })).escoSkills;

/** The ESCO skills of the chosen occupations, offered as one-click suggestions. */
export const suggestSkills: SkillSuggest = async (uris) =>
  occupationSkillSuggestions(
    (await client.request(OccupationSkillsQuery, { uris: [...uris] })).escoOccupationsByUri,
  );
