import type { OccupationSearch, SkillSearch } from '@sportello/ui';
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

/** The searches behind the shared ESCO pickers. */
export const searchOccupations: OccupationSearch = async (search) =>
  (await client.request(OccupationsQuery, { search })).escoOccupations;

export const searchSkills: SkillSearch = async (search) =>
  (await client.request(SkillsQuery, { search })).escoSkills;
