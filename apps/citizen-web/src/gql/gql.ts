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
    "\n  query ApplyPage_VacancyQuery($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      companyName\n      expiresOn\n      workplaceComune {\n        name\n      }\n    }\n    me {\n      id\n      citizen {\n        id\n        coverLetters {\n          id\n          title\n          vacancy {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApplyPage_VacancyQueryDocument,
    "\n  mutation ApplyPage_ApplyMutation($vacancyId: ID!, $coverLetter: String, $coverLetterId: ID) {\n    applyToVacancy(vacancyId: $vacancyId, coverLetter: $coverLetter, coverLetterId: $coverLetterId) {\n      application {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ApplyPage_ApplyMutationDocument,
    "\n  query CoverLetterPage_LetterQuery($id: ID!) {\n    coverLetter(id: $id) {\n      id\n      title\n      body\n      revision\n      updatedAt\n      template {\n        name\n      }\n      vacancy {\n        id\n        title\n        companyName\n      }\n      lastEditedBy {\n        name\n        onBehalf\n      }\n    }\n  }\n": typeof types.CoverLetterPage_LetterQueryDocument,
    "\n  mutation CoverLetterPage_UpdateMutation($id: ID!, $input: CoverLetterInput!) {\n    updateCoverLetter(id: $id, input: $input) {\n      coverLetter {\n        id\n        revision\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CoverLetterPage_UpdateMutationDocument,
    "\n  mutation CoverLetterPage_DeleteMutation($id: ID!) {\n    deleteCoverLetter(id: $id) {\n      deletedId\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.CoverLetterPage_DeleteMutationDocument,
    "\n  query CoverLettersPage_LettersQuery {\n    me {\n      id\n      network {\n        slug\n      }\n      citizen {\n        id\n        coverLetters {\n          id\n          title\n          updatedAt\n          vacancy {\n            id\n            title\n            companyName\n          }\n          lastEditedBy {\n            name\n            onBehalf\n          }\n        }\n      }\n    }\n    coverLetterTemplates {\n      key\n      name\n      description\n      requiresVacancy\n    }\n  }\n": typeof types.CoverLettersPage_LettersQueryDocument,
    "\n  query CoverLettersPage_VacanciesQuery($networkSlug: String!) {\n    vacancySearch(filter: { networkSlug: $networkSlug }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          companyName\n        }\n      }\n    }\n  }\n": typeof types.CoverLettersPage_VacanciesQueryDocument,
    "\n  mutation CoverLettersPage_DraftMutation($input: DraftCoverLetterInput!, $idempotencyKey: String) {\n    draftCoverLetter(input: $input, idempotencyKey: $idempotencyKey) {\n      coverLetter {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CoverLettersPage_DraftMutationDocument,
    "\n  mutation ForgotPasswordPage_RequestPasswordResetMutation($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ForgotPasswordPage_RequestPasswordResetMutationDocument,
    "\n  mutation InvitationPage_AcceptInvitationMutation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InvitationPage_AcceptInvitationMutationDocument,
    "\n  mutation LoginPage_LoginMutation($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LoginPage_LoginMutationDocument,
    "\n  mutation LoginPage_LogoutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken) {\n      ok\n    }\n  }\n": typeof types.LoginPage_LogoutMutationDocument,
    "\n  query MatchingVacanciesPage_MatchesQuery($first: Int, $radiusKm: Int) {\n    myMatchingVacancies(first: $first, radiusKm: $radiusKm) {\n      score\n      components {\n        component\n        points\n        maxPoints\n        reason\n      }\n      vacancy {\n        id\n        title\n        companyName\n        remote\n        expiresOn\n        workplaceComune {\n          name\n          provinceCode\n        }\n      }\n    }\n    myApplications(first: 100) {\n      edges {\n        node {\n          id\n          status\n          vacancy {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.MatchingVacanciesPage_MatchesQueryDocument,
    "\n  query ProfilePage_MeQuery {\n    me {\n      id\n      email\n      emailVerified\n      givenName\n      familyName\n      network {\n        name\n      }\n      citizen {\n        codiceFiscale\n        birthDate\n        residenceComune {\n          name\n          provinceCode\n        }\n        phone\n      }\n    }\n  }\n": typeof types.ProfilePage_MeQueryDocument,
    "\n  query RegisterPage_NetworksQuery {\n    networks {\n      id\n      slug\n      name\n      memberComuni {\n        istatCode\n        name\n        provinceCode\n      }\n    }\n  }\n": typeof types.RegisterPage_NetworksQueryDocument,
    "\n  mutation RegisterPage_RegisterCitizenMutation($input: RegisterCitizenInput!) {\n    registerCitizen(input: $input) {\n      citizen {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RegisterPage_RegisterCitizenMutationDocument,
    "\n  mutation ResetPasswordPage_ResetPasswordMutation($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResetPasswordPage_ResetPasswordMutationDocument,
    "\n  mutation VerifyEmailPage_VerifyEmailMutation($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.VerifyEmailPage_VerifyEmailMutationDocument,
};
const documents: Documents = {
    "\n  mutation AppLayout_LogoutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken) {\n      ok\n    }\n  }\n": types.AppLayout_LogoutMutationDocument,
    "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    viewer {\n      id\n      kind\n      email\n      givenName\n      familyName\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Client_RefreshSessionMutation($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": types.Client_RefreshSessionMutationDocument,
    "\n  query ApplyPage_VacancyQuery($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      companyName\n      expiresOn\n      workplaceComune {\n        name\n      }\n    }\n    me {\n      id\n      citizen {\n        id\n        coverLetters {\n          id\n          title\n          vacancy {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ApplyPage_VacancyQueryDocument,
    "\n  mutation ApplyPage_ApplyMutation($vacancyId: ID!, $coverLetter: String, $coverLetterId: ID) {\n    applyToVacancy(vacancyId: $vacancyId, coverLetter: $coverLetter, coverLetterId: $coverLetterId) {\n      application {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ApplyPage_ApplyMutationDocument,
    "\n  query CoverLetterPage_LetterQuery($id: ID!) {\n    coverLetter(id: $id) {\n      id\n      title\n      body\n      revision\n      updatedAt\n      template {\n        name\n      }\n      vacancy {\n        id\n        title\n        companyName\n      }\n      lastEditedBy {\n        name\n        onBehalf\n      }\n    }\n  }\n": types.CoverLetterPage_LetterQueryDocument,
    "\n  mutation CoverLetterPage_UpdateMutation($id: ID!, $input: CoverLetterInput!) {\n    updateCoverLetter(id: $id, input: $input) {\n      coverLetter {\n        id\n        revision\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CoverLetterPage_UpdateMutationDocument,
    "\n  mutation CoverLetterPage_DeleteMutation($id: ID!) {\n    deleteCoverLetter(id: $id) {\n      deletedId\n      userErrors {\n        message\n      }\n    }\n  }\n": types.CoverLetterPage_DeleteMutationDocument,
    "\n  query CoverLettersPage_LettersQuery {\n    me {\n      id\n      network {\n        slug\n      }\n      citizen {\n        id\n        coverLetters {\n          id\n          title\n          updatedAt\n          vacancy {\n            id\n            title\n            companyName\n          }\n          lastEditedBy {\n            name\n            onBehalf\n          }\n        }\n      }\n    }\n    coverLetterTemplates {\n      key\n      name\n      description\n      requiresVacancy\n    }\n  }\n": types.CoverLettersPage_LettersQueryDocument,
    "\n  query CoverLettersPage_VacanciesQuery($networkSlug: String!) {\n    vacancySearch(filter: { networkSlug: $networkSlug }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          companyName\n        }\n      }\n    }\n  }\n": types.CoverLettersPage_VacanciesQueryDocument,
    "\n  mutation CoverLettersPage_DraftMutation($input: DraftCoverLetterInput!, $idempotencyKey: String) {\n    draftCoverLetter(input: $input, idempotencyKey: $idempotencyKey) {\n      coverLetter {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CoverLettersPage_DraftMutationDocument,
    "\n  mutation ForgotPasswordPage_RequestPasswordResetMutation($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ForgotPasswordPage_RequestPasswordResetMutationDocument,
    "\n  mutation InvitationPage_AcceptInvitationMutation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InvitationPage_AcceptInvitationMutationDocument,
    "\n  mutation LoginPage_LoginMutation($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LoginPage_LoginMutationDocument,
    "\n  mutation LoginPage_LogoutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken) {\n      ok\n    }\n  }\n": types.LoginPage_LogoutMutationDocument,
    "\n  query MatchingVacanciesPage_MatchesQuery($first: Int, $radiusKm: Int) {\n    myMatchingVacancies(first: $first, radiusKm: $radiusKm) {\n      score\n      components {\n        component\n        points\n        maxPoints\n        reason\n      }\n      vacancy {\n        id\n        title\n        companyName\n        remote\n        expiresOn\n        workplaceComune {\n          name\n          provinceCode\n        }\n      }\n    }\n    myApplications(first: 100) {\n      edges {\n        node {\n          id\n          status\n          vacancy {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.MatchingVacanciesPage_MatchesQueryDocument,
    "\n  query ProfilePage_MeQuery {\n    me {\n      id\n      email\n      emailVerified\n      givenName\n      familyName\n      network {\n        name\n      }\n      citizen {\n        codiceFiscale\n        birthDate\n        residenceComune {\n          name\n          provinceCode\n        }\n        phone\n      }\n    }\n  }\n": types.ProfilePage_MeQueryDocument,
    "\n  query RegisterPage_NetworksQuery {\n    networks {\n      id\n      slug\n      name\n      memberComuni {\n        istatCode\n        name\n        provinceCode\n      }\n    }\n  }\n": types.RegisterPage_NetworksQueryDocument,
    "\n  mutation RegisterPage_RegisterCitizenMutation($input: RegisterCitizenInput!) {\n    registerCitizen(input: $input) {\n      citizen {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RegisterPage_RegisterCitizenMutationDocument,
    "\n  mutation ResetPasswordPage_ResetPasswordMutation($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ResetPasswordPage_ResetPasswordMutationDocument,
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
export function graphql(source: "\n  query ApplyPage_VacancyQuery($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      companyName\n      expiresOn\n      workplaceComune {\n        name\n      }\n    }\n    me {\n      id\n      citizen {\n        id\n        coverLetters {\n          id\n          title\n          vacancy {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplyPage_VacancyQuery($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      companyName\n      expiresOn\n      workplaceComune {\n        name\n      }\n    }\n    me {\n      id\n      citizen {\n        id\n        coverLetters {\n          id\n          title\n          vacancy {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyPage_ApplyMutation($vacancyId: ID!, $coverLetter: String, $coverLetterId: ID) {\n    applyToVacancy(vacancyId: $vacancyId, coverLetter: $coverLetter, coverLetterId: $coverLetterId) {\n      application {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyPage_ApplyMutation($vacancyId: ID!, $coverLetter: String, $coverLetterId: ID) {\n    applyToVacancy(vacancyId: $vacancyId, coverLetter: $coverLetter, coverLetterId: $coverLetterId) {\n      application {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverLetterPage_LetterQuery($id: ID!) {\n    coverLetter(id: $id) {\n      id\n      title\n      body\n      revision\n      updatedAt\n      template {\n        name\n      }\n      vacancy {\n        id\n        title\n        companyName\n      }\n      lastEditedBy {\n        name\n        onBehalf\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverLetterPage_LetterQuery($id: ID!) {\n    coverLetter(id: $id) {\n      id\n      title\n      body\n      revision\n      updatedAt\n      template {\n        name\n      }\n      vacancy {\n        id\n        title\n        companyName\n      }\n      lastEditedBy {\n        name\n        onBehalf\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoverLetterPage_UpdateMutation($id: ID!, $input: CoverLetterInput!) {\n    updateCoverLetter(id: $id, input: $input) {\n      coverLetter {\n        id\n        revision\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoverLetterPage_UpdateMutation($id: ID!, $input: CoverLetterInput!) {\n    updateCoverLetter(id: $id, input: $input) {\n      coverLetter {\n        id\n        revision\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoverLetterPage_DeleteMutation($id: ID!) {\n    deleteCoverLetter(id: $id) {\n      deletedId\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoverLetterPage_DeleteMutation($id: ID!) {\n    deleteCoverLetter(id: $id) {\n      deletedId\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverLettersPage_LettersQuery {\n    me {\n      id\n      network {\n        slug\n      }\n      citizen {\n        id\n        coverLetters {\n          id\n          title\n          updatedAt\n          vacancy {\n            id\n            title\n            companyName\n          }\n          lastEditedBy {\n            name\n            onBehalf\n          }\n        }\n      }\n    }\n    coverLetterTemplates {\n      key\n      name\n      description\n      requiresVacancy\n    }\n  }\n"): (typeof documents)["\n  query CoverLettersPage_LettersQuery {\n    me {\n      id\n      network {\n        slug\n      }\n      citizen {\n        id\n        coverLetters {\n          id\n          title\n          updatedAt\n          vacancy {\n            id\n            title\n            companyName\n          }\n          lastEditedBy {\n            name\n            onBehalf\n          }\n        }\n      }\n    }\n    coverLetterTemplates {\n      key\n      name\n      description\n      requiresVacancy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverLettersPage_VacanciesQuery($networkSlug: String!) {\n    vacancySearch(filter: { networkSlug: $networkSlug }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          companyName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverLettersPage_VacanciesQuery($networkSlug: String!) {\n    vacancySearch(filter: { networkSlug: $networkSlug }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          companyName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoverLettersPage_DraftMutation($input: DraftCoverLetterInput!, $idempotencyKey: String) {\n    draftCoverLetter(input: $input, idempotencyKey: $idempotencyKey) {\n      coverLetter {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoverLettersPage_DraftMutation($input: DraftCoverLetterInput!, $idempotencyKey: String) {\n    draftCoverLetter(input: $input, idempotencyKey: $idempotencyKey) {\n      coverLetter {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgotPasswordPage_RequestPasswordResetMutation($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForgotPasswordPage_RequestPasswordResetMutation($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationPage_AcceptInvitationMutation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationPage_AcceptInvitationMutation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MatchingVacanciesPage_MatchesQuery($first: Int, $radiusKm: Int) {\n    myMatchingVacancies(first: $first, radiusKm: $radiusKm) {\n      score\n      components {\n        component\n        points\n        maxPoints\n        reason\n      }\n      vacancy {\n        id\n        title\n        companyName\n        remote\n        expiresOn\n        workplaceComune {\n          name\n          provinceCode\n        }\n      }\n    }\n    myApplications(first: 100) {\n      edges {\n        node {\n          id\n          status\n          vacancy {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchingVacanciesPage_MatchesQuery($first: Int, $radiusKm: Int) {\n    myMatchingVacancies(first: $first, radiusKm: $radiusKm) {\n      score\n      components {\n        component\n        points\n        maxPoints\n        reason\n      }\n      vacancy {\n        id\n        title\n        companyName\n        remote\n        expiresOn\n        workplaceComune {\n          name\n          provinceCode\n        }\n      }\n    }\n    myApplications(first: 100) {\n      edges {\n        node {\n          id\n          status\n          vacancy {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePage_MeQuery {\n    me {\n      id\n      email\n      emailVerified\n      givenName\n      familyName\n      network {\n        name\n      }\n      citizen {\n        codiceFiscale\n        birthDate\n        residenceComune {\n          name\n          provinceCode\n        }\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfilePage_MeQuery {\n    me {\n      id\n      email\n      emailVerified\n      givenName\n      familyName\n      network {\n        name\n      }\n      citizen {\n        codiceFiscale\n        birthDate\n        residenceComune {\n          name\n          provinceCode\n        }\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterPage_NetworksQuery {\n    networks {\n      id\n      slug\n      name\n      memberComuni {\n        istatCode\n        name\n        provinceCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterPage_NetworksQuery {\n    networks {\n      id\n      slug\n      name\n      memberComuni {\n        istatCode\n        name\n        provinceCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPage_RegisterCitizenMutation($input: RegisterCitizenInput!) {\n    registerCitizen(input: $input) {\n      citizen {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPage_RegisterCitizenMutation($input: RegisterCitizenInput!) {\n    registerCitizen(input: $input) {\n      citizen {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordPage_ResetPasswordMutation($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPasswordPage_ResetPasswordMutation($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmailPage_VerifyEmailMutation($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmailPage_VerifyEmailMutation($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;