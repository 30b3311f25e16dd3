/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AppLayout_LogoutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken) {\n      ok\n    }\n  }\n": typeof types.AppLayout_LogoutMutationDocument,
    "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    viewer {\n      id\n      kind\n      email\n      givenName\n      familyName\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Client_RefreshSessionMutation($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": typeof types.Client_RefreshSessionMutationDocument,
    "\n  query EscoSearch_OccupationsQuery($search: String!) {\n    escoOccupations(search: $search, first: 20) {\n      uri\n      label\n    }\n  }\n": typeof types.EscoSearch_OccupationsQueryDocument,
    "\n  query EscoSearch_SkillsQuery($search: String!) {\n    escoSkills(search: $search, first: 20) {\n      uri\n      label\n    }\n  }\n": typeof types.EscoSearch_SkillsQueryDocument,
    "\n  fragment PseudonymousProfileFields on PseudonymousCandidate {\n    alias\n    ageBand\n    province\n    soughtOccupations {\n      uri\n      label\n    }\n    experiences {\n      occupation {\n        uri\n        label\n      }\n      months\n    }\n    educationEqfLevels\n    languages {\n      languageCode\n      languageName\n      motherTongue\n      spokenInteraction\n      writing\n    }\n  }\n": typeof types.PseudonymousProfileFieldsFragmentDoc,
    "\n  fragment ApplicationCardFields on Application {\n    id\n    status\n    createdAt\n    coverLetter\n    proposalNote\n    pseudonymousCandidate {\n      ...PseudonymousProfileFields\n    }\n    citizen {\n      id\n      givenName\n      familyName\n      email\n      phone\n      age\n      residenceComune {\n        name\n        provinceCode\n      }\n    }\n    candidateCv {\n      headline\n      summary\n    }\n    history {\n      fromStatus\n      toStatus\n      actorRole\n      reason\n      at\n    }\n  }\n": typeof types.ApplicationCardFieldsFragmentDoc,
    "\n  mutation ApplicationCard_MoveApplicationMutation(\n    $id: ID!\n    $status: ApplicationStatus!\n    $reason: String\n    $hire: HireInput\n  ) {\n    moveApplication(id: $id, status: $status, reason: $reason, hire: $hire) {\n      application {\n        ...ApplicationCardFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ApplicationCard_MoveApplicationMutationDocument,
    "\n  query DashboardPage_MeQuery {\n    me {\n      id\n      email\n      givenName\n      familyName\n      company {\n        id\n        legalName\n        partitaIva\n        codiceFiscale\n        status\n        rejectionReason\n        reviewedAt\n        createdAt\n        comune {\n          name\n          provinceCode\n        }\n      }\n    }\n  }\n": typeof types.DashboardPage_MeQueryDocument,
    "\n  mutation ForgotPasswordPage_RequestPasswordResetMutation($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ForgotPasswordPage_RequestPasswordResetMutationDocument,
    "\n  mutation CompanyInvitationPage_AcceptInvitationMutation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CompanyInvitationPage_AcceptInvitationMutationDocument,
    "\n  mutation LoginPage_LoginMutation($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LoginPage_LoginMutationDocument,
    "\n  mutation LoginPage_LogoutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken) {\n      ok\n    }\n  }\n": typeof types.LoginPage_LogoutMutationDocument,
    "\n  query RegisterPage_NetworksQuery {\n    networks {\n      id\n      slug\n      name\n      memberComuni {\n        istatCode\n        name\n        provinceCode\n      }\n    }\n  }\n": typeof types.RegisterPage_NetworksQueryDocument,
    "\n  mutation RegisterPage_RegisterCompanyMutation($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      company {\n        id\n        legalName\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RegisterPage_RegisterCompanyMutationDocument,
    "\n  mutation ResetPasswordPage_ResetPasswordMutation($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResetPasswordPage_ResetPasswordMutationDocument,
    "\n  query SuggestedCandidates_MatchesQuery($id: ID!, $first: Int) {\n    vacancy(id: $id) {\n      id\n      matches(first: $first) {\n        score\n        components {\n          component\n          points\n          maxPoints\n          reason\n        }\n        citizen {\n          id\n          givenName\n          familyName\n        }\n        pseudonymousCandidate {\n          ...PseudonymousProfileFields\n        }\n        application {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.SuggestedCandidates_MatchesQueryDocument,
    "\n  query VacanciesPage_CompanyVacanciesQuery($first: Int!, $after: String) {\n    companyVacancies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          rejectionReason\n          contractType\n          hours\n          positions\n          publishedAt\n          expiresOn\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.VacanciesPage_CompanyVacanciesQueryDocument,
    "\n  mutation VacancyActions_SubmitVacancyMutation($id: ID!) {\n    submitVacancy(id: $id) {\n      vacancy {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.VacancyActions_SubmitVacancyMutationDocument,
    "\n  mutation VacancyActions_CloseVacancyMutation($id: ID!, $filled: Boolean!) {\n    closeVacancy(id: $id, filled: $filled) {\n      vacancy {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.VacancyActions_CloseVacancyMutationDocument,
    "\n  query VacancyPage_VacancyQuery($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      status\n      rejectionReason\n      description\n      occupation {\n        uri\n        label\n      }\n      contractType\n      hours\n      weeklyHours\n      shifts\n      remote\n      workplaceComune {\n        istatCode\n        name\n        provinceCode\n      }\n      salaryMinCents\n      salaryMaxCents\n      positions\n      law68Reserved\n      minEqfLevel\n      minExperienceMonths\n      publishedAt\n      expiresOn\n      createdAt\n      publicUrl\n    }\n  }\n": typeof types.VacancyPage_VacancyQueryDocument,
    "\n  query VacancyPage_ApplicationsQuery($id: ID!, $first: Int!, $after: String) {\n    vacancy(id: $id) {\n      id\n      applications(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ApplicationCardFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.VacancyPage_ApplicationsQueryDocument,
    "\n  mutation VerifyEmailPage_VerifyEmailMutation($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.VerifyEmailPage_VerifyEmailMutationDocument,
};
const documents: Documents = {
    "\n  mutation AppLayout_LogoutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken) {\n      ok\n    }\n  }\n": types.AppLayout_LogoutMutationDocument,
    "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    viewer {\n      id\n      kind\n      email\n      givenName\n      familyName\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Client_RefreshSessionMutation($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": types.Client_RefreshSessionMutationDocument,
    "\n  query EscoSearch_OccupationsQuery($search: String!) {\n    escoOccupations(search: $search, first: 20) {\n      uri\n      label\n    }\n  }\n": types.EscoSearch_OccupationsQueryDocument,
    "\n  query EscoSearch_SkillsQuery($search: String!) {\n    escoSkills(search: $search, first: 20) {\n      uri\n      label\n    }\n  }\n": types.EscoSearch_SkillsQueryDocument,
    "\n  fragment PseudonymousProfileFields on PseudonymousCandidate {\n    alias\n    ageBand\n    province\n    soughtOccupations {\n      uri\n      label\n    }\n    experiences {\n      occupation {\n        uri\n        label\n      }\n      months\n    }\n    educationEqfLevels\n    languages {\n      languageCode\n      languageName\n      motherTongue\n      spokenInteraction\n      writing\n    }\n  }\n": types.PseudonymousProfileFieldsFragmentDoc,
    "\n  fragment ApplicationCardFields on Application {\n    id\n    status\n    createdAt\n    coverLetter\n    proposalNote\n    pseudonymousCandidate {\n      ...PseudonymousProfileFields\n    }\n    citizen {\n      id\n      givenName\n      familyName\n      email\n      phone\n      age\n      residenceComune {\n        name\n        provinceCode\n      }\n    }\n    candidateCv {\n      headline\n      summary\n    }\n    history {\n      fromStatus\n      toStatus\n      actorRole\n      reason\n      at\n    }\n  }\n": types.ApplicationCardFieldsFragmentDoc,
    "\n  mutation ApplicationCard_MoveApplicationMutation(\n    $id: ID!\n    $status: ApplicationStatus!\n    $reason: String\n    $hire: HireInput\n  ) {\n    moveApplication(id: $id, status: $status, reason: $reason, hire: $hire) {\n      application {\n        ...ApplicationCardFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ApplicationCard_MoveApplicationMutationDocument,
    "\n  query DashboardPage_MeQuery {\n    me {\n      id\n      email\n      givenName\n      familyName\n      company {\n        id\n        legalName\n        partitaIva\n        codiceFiscale\n        status\n        rejectionReason\n        reviewedAt\n        createdAt\n        comune {\n          name\n          provinceCode\n        }\n      }\n    }\n  }\n": types.DashboardPage_MeQueryDocument,
    "\n  mutation ForgotPasswordPage_RequestPasswordResetMutation($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ForgotPasswordPage_RequestPasswordResetMutationDocument,
    "\n  mutation CompanyInvitationPage_AcceptInvitationMutation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CompanyInvitationPage_AcceptInvitationMutationDocument,
    "\n  mutation LoginPage_LoginMutation($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LoginPage_LoginMutationDocument,
    "\n  mutation LoginPage_LogoutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken) {\n      ok\n    }\n  }\n": types.LoginPage_LogoutMutationDocument,
    "\n  query RegisterPage_NetworksQuery {\n    networks {\n      id\n      slug\n      name\n      memberComuni {\n        istatCode\n        name\n        provinceCode\n      }\n    }\n  }\n": types.RegisterPage_NetworksQueryDocument,
    "\n  mutation RegisterPage_RegisterCompanyMutation($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      company {\n        id\n        legalName\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RegisterPage_RegisterCompanyMutationDocument,
    "\n  mutation ResetPasswordPage_ResetPasswordMutation($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ResetPasswordPage_ResetPasswordMutationDocument,
    "\n  query SuggestedCandidates_MatchesQuery($id: ID!, $first: Int) {\n    vacancy(id: $id) {\n      id\n      matches(first: $first) {\n        score\n        components {\n          component\n          points\n          maxPoints\n          reason\n        }\n        citizen {\n          id\n          givenName\n          familyName\n        }\n        pseudonymousCandidate {\n          ...PseudonymousProfileFields\n        }\n        application {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.SuggestedCandidates_MatchesQueryDocument,
    "\n  query VacanciesPage_CompanyVacanciesQuery($first: Int!, $after: String) {\n    companyVacancies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          rejectionReason\n          contractType\n          hours\n          positions\n          publishedAt\n          expiresOn\n          createdAt\n        }\n      }\n    }\n  }\n": types.VacanciesPage_CompanyVacanciesQueryDocument,
    "\n  mutation VacancyActions_SubmitVacancyMutation($id: ID!) {\n    submitVacancy(id: $id) {\n      vacancy {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.VacancyActions_SubmitVacancyMutationDocument,
    "\n  mutation VacancyActions_CloseVacancyMutation($id: ID!, $filled: Boolean!) {\n    closeVacancy(id: $id, filled: $filled) {\n      vacancy {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.VacancyActions_CloseVacancyMutationDocument,
    "\n  query VacancyPage_VacancyQuery($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      status\n      rejectionReason\n      description\n      occupation {\n        uri\n        label\n      }\n      contractType\n      hours\n      weeklyHours\n      shifts\n      remote\n      workplaceComune {\n        istatCode\n        name\n        provinceCode\n      }\n      salaryMinCents\n      salaryMaxCents\n      positions\n      law68Reserved\n      minEqfLevel\n      minExperienceMonths\n      publishedAt\n      expiresOn\n      createdAt\n      publicUrl\n    }\n  }\n": types.VacancyPage_VacancyQueryDocument,
    "\n  query VacancyPage_ApplicationsQuery($id: ID!, $first: Int!, $after: String) {\n    vacancy(id: $id) {\n      id\n      applications(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ApplicationCardFields\n          }\n        }\n      }\n    }\n  }\n": types.VacancyPage_ApplicationsQueryDocument,
    "\n  mutation VerifyEmailPage_VerifyEmailMutation($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.VerifyEmailPage_VerifyEmailMutationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppLayout_LogoutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation AppLayout_LogoutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    viewer {\n      id\n      kind\n      email\n      givenName\n      familyName\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    viewer {\n      id\n      kind\n      email\n      givenName\n      familyName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Client_RefreshSessionMutation($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      session {\n        ...SessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Client_RefreshSessionMutation($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      session {\n        ...SessionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscoSearch_OccupationsQuery($search: String!) {\n    escoOccupations(search: $search, first: 20) {\n      uri\n      label\n    }\n  }\n"): (typeof documents)["\n  query EscoSearch_OccupationsQuery($search: String!) {\n    escoOccupations(search: $search, first: 20) {\n      uri\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscoSearch_SkillsQuery($search: String!) {\n    escoSkills(search: $search, first: 20) {\n      uri\n      label\n    }\n  }\n"): (typeof documents)["\n  query EscoSearch_SkillsQuery($search: String!) {\n    escoSkills(search: $search, first: 20) {\n      uri\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PseudonymousProfileFields on PseudonymousCandidate {\n    alias\n    ageBand\n    province\n    soughtOccupations {\n      uri\n      label\n    }\n    experiences {\n      occupation {\n        uri\n        label\n      }\n      months\n    }\n    educationEqfLevels\n    languages {\n      languageCode\n      languageName\n      motherTongue\n      spokenInteraction\n      writing\n    }\n  }\n"): (typeof documents)["\n  fragment PseudonymousProfileFields on PseudonymousCandidate {\n    alias\n    ageBand\n    province\n    soughtOccupations {\n      uri\n      label\n    }\n    experiences {\n      occupation {\n        uri\n        label\n      }\n      months\n    }\n    educationEqfLevels\n    languages {\n      languageCode\n      languageName\n      motherTongue\n      spokenInteraction\n      writing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationCardFields on Application {\n    id\n    status\n    createdAt\n    coverLetter\n    proposalNote\n    pseudonymousCandidate {\n      ...PseudonymousProfileFields\n    }\n    citizen {\n      id\n      givenName\n      familyName\n      email\n      phone\n      age\n      residenceComune {\n        name\n        provinceCode\n      }\n    }\n    candidateCv {\n      headline\n      summary\n    }\n    history {\n      fromStatus\n      toStatus\n      actorRole\n      reason\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationCardFields on Application {\n    id\n    status\n    createdAt\n    coverLetter\n    proposalNote\n    pseudonymousCandidate {\n      ...PseudonymousProfileFields\n    }\n    citizen {\n      id\n      givenName\n      familyName\n      email\n      phone\n      age\n      residenceComune {\n        name\n        provinceCode\n      }\n    }\n    candidateCv {\n      headline\n      summary\n    }\n    history {\n      fromStatus\n      toStatus\n      actorRole\n      reason\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationCard_MoveApplicationMutation(\n    $id: ID!\n    $status: ApplicationStatus!\n    $reason: String\n    $hire: HireInput\n  ) {\n    moveApplication(id: $id, status: $status, reason: $reason, hire: $hire) {\n      application {\n        ...ApplicationCardFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplicationCard_MoveApplicationMutation(\n    $id: ID!\n    $status: ApplicationStatus!\n    $reason: String\n    $hire: HireInput\n  ) {\n    moveApplication(id: $id, status: $status, reason: $reason, hire: $hire) {\n      application {\n        ...ApplicationCardFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage_MeQuery {\n    me {\n      id\n      email\n      givenName\n      familyName\n      company {\n        id\n        legalName\n        partitaIva\n        codiceFiscale\n        status\n        rejectionReason\n        reviewedAt\n        createdAt\n        comune {\n          name\n          provinceCode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardPage_MeQuery {\n    me {\n      id\n      email\n      givenName\n      familyName\n      company {\n        id\n        legalName\n        partitaIva\n        codiceFiscale\n        status\n        rejectionReason\n        reviewedAt\n        createdAt\n        comune {\n          name\n          provinceCode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgotPasswordPage_RequestPasswordResetMutation($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForgotPasswordPage_RequestPasswordResetMutation($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyInvitationPage_AcceptInvitationMutation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompanyInvitationPage_AcceptInvitationMutation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginPage_LoginMutation($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginPage_LoginMutation($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginPage_LogoutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation LoginPage_LogoutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterPage_NetworksQuery {\n    networks {\n      id\n      slug\n      name\n      memberComuni {\n        istatCode\n        name\n        provinceCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterPage_NetworksQuery {\n    networks {\n      id\n      slug\n      name\n      memberComuni {\n        istatCode\n        name\n        provinceCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPage_RegisterCompanyMutation($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      company {\n        id\n        legalName\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPage_RegisterCompanyMutation($input: RegisterCompanyInput!) {\n    registerCompany(input: $input) {\n      company {\n        id\n        legalName\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordPage_ResetPasswordMutation($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPasswordPage_ResetPasswordMutation($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedCandidates_MatchesQuery($id: ID!, $first: Int) {\n    vacancy(id: $id) {\n      id\n      matches(first: $first) {\n        score\n        components {\n          component\n          points\n          maxPoints\n          reason\n        }\n        citizen {\n          id\n          givenName\n          familyName\n        }\n        pseudonymousCandidate {\n          ...PseudonymousProfileFields\n        }\n        application {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestedCandidates_MatchesQuery($id: ID!, $first: Int) {\n    vacancy(id: $id) {\n      id\n      matches(first: $first) {\n        score\n        components {\n          component\n          points\n          maxPoints\n          reason\n        }\n        citizen {\n          id\n          givenName\n          familyName\n        }\n        pseudonymousCandidate {\n          ...PseudonymousProfileFields\n        }\n        application {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacanciesPage_CompanyVacanciesQuery($first: Int!, $after: String) {\n    companyVacancies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          rejectionReason\n          contractType\n          hours\n          positions\n          publishedAt\n          expiresOn\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VacanciesPage_CompanyVacanciesQuery($first: Int!, $after: String) {\n    companyVacancies(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          rejectionReason\n          contractType\n          hours\n          positions\n          publishedAt\n          expiresOn\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VacancyActions_SubmitVacancyMutation($id: ID!) {\n    submitVacancy(id: $id) {\n      vacancy {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VacancyActions_SubmitVacancyMutation($id: ID!) {\n    submitVacancy(id: $id) {\n      vacancy {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VacancyActions_CloseVacancyMutation($id: ID!, $filled: Boolean!) {\n    closeVacancy(id: $id, filled: $filled) {\n      vacancy {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VacancyActions_CloseVacancyMutation($id: ID!, $filled: Boolean!) {\n    closeVacancy(id: $id, filled: $filled) {\n      vacancy {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancyPage_VacancyQuery($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      status\n      rejectionReason\n      description\n      occupation {\n        uri\n        label\n      }\n      contractType\n      hours\n      weeklyHours\n      shifts\n      remote\n      workplaceComune {\n        istatCode\n        name\n        provinceCode\n      }\n      salaryMinCents\n      salaryMaxCents\n      positions\n      law68Reserved\n      minEqfLevel\n      minExperienceMonths\n      publishedAt\n      expiresOn\n      createdAt\n      publicUrl\n    }\n  }\n"): (typeof documents)["\n  query VacancyPage_VacancyQuery($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      status\n      rejectionReason\n      description\n      occupation {\n        uri\n        label\n      }\n      contractType\n      hours\n      weeklyHours\n      shifts\n      remote\n      workplaceComune {\n        istatCode\n        name\n        provinceCode\n      }\n      salaryMinCents\n      salaryMaxCents\n      positions\n      law68Reserved\n      minEqfLevel\n      minExperienceMonths\n      publishedAt\n      expiresOn\n      createdAt\n      publicUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancyPage_ApplicationsQuery($id: ID!, $first: Int!, $after: String) {\n    vacancy(id: $id) {\n      id\n      applications(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ApplicationCardFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VacancyPage_ApplicationsQuery($id: ID!, $first: Int!, $after: String) {\n    vacancy(id: $id) {\n      id\n      applications(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ApplicationCardFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmailPage_VerifyEmailMutation($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmailPage_VerifyEmailMutation($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;