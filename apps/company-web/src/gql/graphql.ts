/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActorKind =
  | 'CITIZEN'
  | 'COMPANY_MEMBER'
  | 'NETWORK_ADMIN'
  | 'OPERATOR'
  | 'PLATFORM_ADMIN';

export type CompanyStatus =
  | 'PENDING'
  | 'REJECTED'
  | 'VERIFIED';

export type LoginInput = {
  email: string;
  password: string;
};

export type RegisterCompanyInput = {
  /** Defaults to the partita IVA; may be a 16-character codice fiscale for sole traders. */
  codiceFiscale?: string | null | undefined;
  comuneCode: string | number;
  /** The contact who registers the company and becomes its owner. */
  email: string;
  familyName: string;
  givenName: string;
  legalName: string;
  networkSlug: string;
  partitaIva: string;
  password: string;
  privacyNoticeAccepted: boolean;
};

export type AppLayout_LogoutMutationMutationVariables = Exact<{
  refreshToken: string;
}>;


export type AppLayout_LogoutMutationMutation = { logout: { ok: boolean } };

export type SessionFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } };

export type Client_RefreshSessionMutationMutationVariables = Exact<{
  refreshToken: string;
}>;


export type Client_RefreshSessionMutationMutation = { refreshSession: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null } };

export type DashboardPage_MeQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPage_MeQueryQuery = { me: { id: string, email: string, givenName: string, familyName: string, company: { id: string, legalName: string, partitaIva: string, codiceFiscale: string, status: CompanyStatus, rejectionReason: string | null, reviewedAt: string | null, createdAt: string, comune: { name: string, provinceCode: string } } | null } | null };

export type ForgotPasswordPage_RequestPasswordResetMutationMutationVariables = Exact<{
  email: string;
}>;


export type ForgotPasswordPage_RequestPasswordResetMutationMutation = { requestPasswordReset: { ok: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CompanyInvitationPage_AcceptInvitationMutationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type CompanyInvitationPage_AcceptInvitationMutationMutation = { acceptInvitation: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type LoginPage_LoginMutationMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginPage_LoginMutationMutation = { login: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type LoginPage_LogoutMutationMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LoginPage_LogoutMutationMutation = { logout: { ok: boolean } };

export type RegisterPage_NetworksQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterPage_NetworksQueryQuery = { networks: Array<{ id: string, slug: string, name: string, memberComuni: Array<{ istatCode: string, name: string, provinceCode: string }> }> };

export type RegisterPage_RegisterCompanyMutationMutationVariables = Exact<{
  input: RegisterCompanyInput;
}>;


export type RegisterPage_RegisterCompanyMutationMutation = { registerCompany: { company: { id: string, legalName: string, status: CompanyStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ResetPasswordPage_ResetPasswordMutationMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordPage_ResetPasswordMutationMutation = { resetPassword: { ok: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type VerifyEmailPage_VerifyEmailMutationMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailPage_VerifyEmailMutationMutation = { verifyEmail: { ok: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const AppLayout_LogoutMutationDocument = {"__meta__":{"hash":"sha256:9c1f89bf2cbd91c2d56cdfbf9c5a7d059e9f31b9b6af2f94184d025361d017b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppLayout_LogoutMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<AppLayout_LogoutMutationMutation, AppLayout_LogoutMutationMutationVariables>;
export const Client_RefreshSessionMutationDocument = {"__meta__":{"hash":"sha256:ce1652292cda9fd9c6124dc2b7e9c767264063cb48ce9902edd629a4aa5d548c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Client_RefreshSessionMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<Client_RefreshSessionMutationMutation, Client_RefreshSessionMutationMutationVariables>;
export const DashboardPage_MeQueryDocument = {"__meta__":{"hash":"sha256:1a6659e8b97787e1c7c0612e584facf5d951bb49a2fd233221542f36addb9638"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPage_MeQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"partitaIva"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardPage_MeQueryQuery, DashboardPage_MeQueryQueryVariables>;
export const ForgotPasswordPage_RequestPasswordResetMutationDocument = {"__meta__":{"hash":"sha256:9c0f894c5f9cd2055a2fdebbc3bb59fd3a5f25bde471118758f144ac0febc71e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgotPasswordPage_RequestPasswordResetMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ForgotPasswordPage_RequestPasswordResetMutationMutation, ForgotPasswordPage_RequestPasswordResetMutationMutationVariables>;
export const CompanyInvitationPage_AcceptInvitationMutationDocument = {"__meta__":{"hash":"sha256:1c3772de7c8e0b94434a11e66eb78ed084ad4d3dbd6c33fb05206d3e2388d33a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyInvitationPage_AcceptInvitationMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<CompanyInvitationPage_AcceptInvitationMutationMutation, CompanyInvitationPage_AcceptInvitationMutationMutationVariables>;
export const LoginPage_LoginMutationDocument = {"__meta__":{"hash":"sha256:c78846e5ec34a50b604ec895487ee122b92d21d06ed0df92b1fa5918532622f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_LoginMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<LoginPage_LoginMutationMutation, LoginPage_LoginMutationMutationVariables>;
export const LoginPage_LogoutMutationDocument = {"__meta__":{"hash":"sha256:c69e28cfbe4ccdc208ffe1cd191f791cffa17c328393f1282b219858f5d3ae08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_LogoutMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LoginPage_LogoutMutationMutation, LoginPage_LogoutMutationMutationVariables>;
export const RegisterPage_NetworksQueryDocument = {"__meta__":{"hash":"sha256:7066eb0ff643a040a962684b93dbdac4d5bba57de0a6a94e8a748a69fec78468"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterPage_NetworksQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberComuni"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPage_NetworksQueryQuery, RegisterPage_NetworksQueryQueryVariables>;
export const RegisterPage_RegisterCompanyMutationDocument = {"__meta__":{"hash":"sha256:8a7d3fadf798f4684d7dd8daa8c350eb0b7fb6be157c07dd710d98ad172a7b33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPage_RegisterCompanyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPage_RegisterCompanyMutationMutation, RegisterPage_RegisterCompanyMutationMutationVariables>;
export const ResetPasswordPage_ResetPasswordMutationDocument = {"__meta__":{"hash":"sha256:9cdc7f0c5eebd0f60565d4c98bca4536f4fbf3dc2df1f4b2e3a3a005058ff2c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPasswordPage_ResetPasswordMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordPage_ResetPasswordMutationMutation, ResetPasswordPage_ResetPasswordMutationMutationVariables>;
export const VerifyEmailPage_VerifyEmailMutationDocument = {"__meta__":{"hash":"sha256:43bbfe1c004093538795d25f940d6d5170bfae98069310b326cef010cae519b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmailPage_VerifyEmailMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyEmailPage_VerifyEmailMutationMutation, VerifyEmailPage_VerifyEmailMutationMutationVariables>;