import type { ApiScope, Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { notFound } from '../../lib/errors.js';
import { payload } from '../../lib/payload.js';
import type { CitizenRecord } from '../citizens/service.js';
import type { ExternalLoginResult } from './external-login.js';
import { canManageApiClients, canUseSpidCieLogin, canUseStaffTwoFactor, isUser } from './policy.js';
import type { Session } from './service.js';

const ok = async (work: () => Promise<unknown>) => ({
  ok: false,
  ...(await payload(async () => {
    await work();
    return { ok: true };
  })),
});

const session = (work: () => Promise<Session>) => payload(async () => ({ session: await work() }));

const spidCie = (work: () => Promise<ExternalLoginResult>) =>
  payload(async () => {
    const { session, registration, providerLogoutUrl } = await work();
    return {
      session: session ?? null,
      registration: registration ?? null,
      providerLogoutUrl: providerLogoutUrl ?? null,
    };
  });

export const identityResolvers: Resolvers = {
  Query: {
    me: async (_, __, { actor, services }) =>
      isUser(actor) ? ((await services.identity.userById(actor.userId)) ?? null) : null,
    spidCieLogin: (_, __, { actor, services }) => {
      if (!canUseSpidCieLogin(actor)) refuse(actor);
      return services.externalLogin.provider
        ? { startUrl: '/api/oidc/start', developmentProvider: services.externalLogin.provider.development }
        : null;
    },
    apiClients: (_, __, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManageApiClients(actor, networkId)) refuse(actor);
      return services.identity.listApiClients(networkId);
    },
  },
  Mutation: {
    login: (_, { input }, { services, ip }) =>
      payload(() => services.identity.login(input.email, input.password, ip, input.deviceToken ?? null)),
    completeSecondFactor: (_, { input }, { services, ip }) =>
      session(() => services.identity.completeSecondFactor(input, ip, input.deviceToken ?? null)),
    startTotpEnrolment: (_, __, { actor, services }) => {
      if (!canUseStaffTwoFactor(actor)) refuse(actor);
      return payload(async () => {
        const { secret, otpauthUri, qrCodeDataUrl } = await services.identity.startTotpEnrolment(
          actor.userId,
        );
        return { enrolment: { secret, otpauthUri, qrCode: qrCodeDataUrl } };
      });
    },
    confirmTotpEnrolment: (_, { code }, { actor, services }) => {
      if (!canUseStaffTwoFactor(actor)) refuse(actor);
      return payload(async () => ({
        recoveryCodes: await services.identity.confirmTotpEnrolment(actor.userId, code),
      }));
    },
    disableTotp: (_, { input }, { actor, services, ip }) => {
      if (!canUseStaffTwoFactor(actor)) refuse(actor);
      return ok(() => services.identity.disableTotp(actor.userId, input, ip));
    },
    regenerateRecoveryCodes: (_, { input }, { actor, services, ip }) => {
      if (!canUseStaffTwoFactor(actor)) refuse(actor);
      return payload(async () => ({
        recoveryCodes: await services.identity.regenerateRecoveryCodes(actor.userId, input, ip),
      }));
    },
    continueSpidCieLogin: (_, { ticket }, { actor, services }) => {
      if (!canUseSpidCieLogin(actor)) refuse(actor);
      return spidCie(() => services.externalLogin.continueLogin(ticket));
    },
    registerWithSpidCie: (_, { input }, { actor, services }) => {
      if (!canUseSpidCieLogin(actor)) refuse(actor);
      return spidCie(() => services.externalLogin.register(input.ticket, input));
    },
    linkSpidCie: (_, { input }, { actor, services, ip }) => {
      if (!canUseSpidCieLogin(actor)) refuse(actor);
      return spidCie(() => services.externalLogin.link(input.ticket, input.email, input.password, ip));
    },
    refreshSession: (_, { refreshToken }, { services }) =>
      session(() => services.identity.refresh(refreshToken)),
    logout: (_, { refreshToken }, { services }) => ok(() => services.identity.logout(refreshToken)),
    requestPasswordReset: (_, { email }, { services, ip }) =>
      ok(() => services.identity.requestPasswordReset(email, ip)),
    resetPassword: (_, { token, newPassword }, { services }) =>
      ok(() => services.identity.resetPassword(token, newPassword)),
    verifyEmail: (_, { token }, { services }) => ok(() => services.identity.verifyEmail(token)),
    acceptInvitation: (_, { token, password }, { services }) =>
      session(() => services.identity.acceptInvitation(token, password)),
    createApiClient: (_, { input }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManageApiClients(actor, networkId) || !isUser(actor)) refuse(actor);
      return payload(async () => {
        const { client, clientSecret } = await services.identity.createApiClient(
          networkId,
          actor.userId,
          input.name,
          input.scopes,
        );
        return { apiClient: client, clientSecret };
      });
    },
    revokeApiClient: (_, { id }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManageApiClients(actor, networkId)) refuse(actor);
      return ok(async () => {
        if (!(await services.identity.revokeApiClient(networkId, id))) throw notFound();
      });
    },
  },
  Session: {
    viewer: async (session, _, { services }) => (await services.identity.userById(session.userId))!,
  },
  Viewer: {
    emailVerified: (user) => user.emailVerifiedAt !== null,
    twoFactor: (user, _, { services }) => services.identity.twoFactorStatus(user),
    linkedIdentity: async (user, _, { services }) =>
      (await services.identity.externalIdentity(user.id)) ?? null,
    network: async (user, _, { services }) =>
      user.networkId ? ((await services.network.networkById(user.networkId)) ?? null) : null,
    citizen: async (user, _, { services, planner }, info) =>
      user.kind === 'CITIZEN' && user.networkId
        ? ((await services.citizens.read(
            user.networkId,
            user.id,
            planner.object<CitizenRecord>(info, 'Citizen'),
          )) ?? null)
        : null,
    company: async (user, _, { services }) => {
      if (user.kind !== 'COMPANY_MEMBER') return null;
      const { companyId } = await services.identity.actorForUser(user);
      return companyId ? ((await services.companies.byId(companyId)) ?? null) : null;
    },
    sportello: async (user, _, { services }) => {
      const actor = await services.identity.actorForUser(user);
      return actor.sportelloId
        ? ((await services.network.sportelliByIds([actor.sportelloId]))[0] ?? null)
        : null;
    },
  },
  ApiClient: {
    scopes: (client) => client.scopes as ApiScope[],
  },
};
