import { contractTariffs, type Db, fundingContracts, type Tx } from '@sportello/db';
import { asc, eq, inArray } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { isUuid, requiredText } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { NetworkService } from '../network/service.js';
import {
  CHECKPOINTS,
  type ContractClass,
  isHire,
  type OutcomeKind,
  type OutcomeTargetGroup,
  type Tariff,
} from './rules.js';

export type FundingContract = typeof fundingContracts.$inferSelect;

export interface TariffInput {
  outcomeKind: OutcomeKind;
  /** For the hires only. */
  contractClass?: ContractClass | null;
  targetGroup?: OutcomeTargetGroup | null;
  amountCents: number;
}

export interface ContractInput {
  name: string;
  sportelloId: string;
  comuneCode?: string | null;
  startsOn: string;
  endsOn: string;
  capCents: number;
  minDurationMonths: number;
  retentionDays: number;
  tariffs: TariffInput[];
}

/** A tariff above 100,000 euro for one outcome is a typing slip, not a contract. */
const MAX_TARIFF_CENTS = 10_000_000;
const MAX_TARIFFS = 24;

function tariffErrors(tariffs: TariffInput[]): UserError[] {
  if (tariffs.length === 0 || tariffs.length > MAX_TARIFFS)
    return [userError('tariffs', 'COUNT', `Indica da 1 a ${MAX_TARIFFS} tariffe.`)];
  const errors: UserError[] = [];
  const seen = new Set<string>();
  tariffs.forEach((tariff, index) => {
    if (
      !Number.isInteger(tariff.amountCents) ||
      tariff.amountCents < 1 ||
      tariff.amountCents > MAX_TARIFF_CENTS
    )
      errors.push(
        userError(`tariffs.${index}.amountCents`, 'OUT_OF_RANGE', 'L’importo va da 0,01 a 100.000 euro.'),
      );
    if (isHire(tariff.outcomeKind) && !tariff.contractClass)
      errors.push(
        userError(
          `tariffs.${index}.contractClass`,
          'REQUIRED',
          'Per un’assunzione indica il tipo di contratto di lavoro.',
        ),
      );
    if (!isHire(tariff.outcomeKind) && tariff.contractClass)
      errors.push(
        userError(
          `tariffs.${index}.contractClass`,
          'NOT_A_HIRE',
          'Questo esito non è un’assunzione: lascia vuoto il contratto di lavoro.',
        ),
      );
    const rule = `${tariff.outcomeKind}/${tariff.contractClass ?? ''}/${tariff.targetGroup ?? ''}`;
    if (seen.has(rule))
      errors.push(
        userError(
          `tariffs.${index}`,
          'DUPLICATE',
          'Due tariffe per lo stesso tipo di esito, contratto e gruppo: tienine una.',
        ),
      );
    seen.add(rule);
  });
  return errors;
}

export function createContractService(db: Db, deps: { network: NetworkService }) {
  return {
    async create(networkId: string, actorUserId: string, input: ContractInput): Promise<FundingContract> {
      const errors = [...requiredText('name', input.name, 3, 200), ...tariffErrors(input.tariffs)];
      const [sportello] = isUuid(input.sportelloId)
        ? await deps.network.sportelliByIds([input.sportelloId])
        : [];
      if (sportello?.networkId !== networkId)
        errors.push(userError('sportelloId', 'NOT_FOUND', 'Scegli uno sportello della rete.'));
      if (input.comuneCode && !(await deps.network.isMember(networkId, input.comuneCode)))
        errors.push(userError('comuneCode', 'NOT_MEMBER', 'Il comune non aderisce alla rete.'));
      if (input.endsOn < input.startsOn)
        errors.push(userError('endsOn', 'BEFORE_START', 'La fine del contratto viene dopo l’inizio.'));
      if (!Number.isInteger(input.capCents) || input.capCents < 1)
        errors.push(userError('capCents', 'OUT_OF_RANGE', 'Indica un tetto di spesa maggiore di zero.'));
      if (
        !Number.isInteger(input.minDurationMonths) ||
        input.minDurationMonths < 0 ||
        input.minDurationMonths > 120
      )
        errors.push(userError('minDurationMonths', 'OUT_OF_RANGE', 'La durata minima va da 0 a 120 mesi.'));
      if (!(CHECKPOINTS as readonly number[]).includes(input.retentionDays))
        errors.push(userError('retentionDays', 'INVALID', 'La verifica richiesta è a 30, 90 o 180 giorni.'));
      if (errors.length) throw new UserErrors(errors);
      return db.transaction(async (tx) => {
        const [contract] = await tx
          .insert(fundingContracts)
          .values({
            networkId,
            name: input.name.trim(),
            sportelloId: input.sportelloId,
            comuneCode: input.comuneCode || null,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            capCents: input.capCents,
            minDurationMonths: input.minDurationMonths,
            retentionDays: input.retentionDays,
            createdBy: actorUserId,
          })
          .returning();
        await tx.insert(contractTariffs).values(
          input.tariffs.map((tariff) => ({
            contractId: contract!.id,
            outcomeKind: tariff.outcomeKind,
            contractClass: tariff.contractClass ?? null,
            targetGroup: tariff.targetGroup ?? null,
            amountCents: tariff.amountCents,
          })),
        );
        await recordAudit(tx, {
          networkId,
          actorUserId,
          action: 'funding_contract.create',
          subjectType: 'funding_contract',
          subjectId: contract!.id,
        });
        return contract!;
      });
    },

    async byId(id: string, executor: Db | Tx = db): Promise<FundingContract | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await executor.select().from(fundingContracts).where(eq(fundingContracts.id, id));
      return row;
    },

    list(networkId: string, executor: Db | Tx = db): Promise<FundingContract[]> {
      return executor
        .select()
        .from(fundingContracts)
        .where(eq(fundingContracts.networkId, networkId))
        .orderBy(asc(fundingContracts.startsOn), asc(fundingContracts.name));
    },

    async tariffsOf(contractIds: readonly string[], executor: Db | Tx = db): Promise<Map<string, Tariff[]>> {
      const found = new Map<string, Tariff[]>(contractIds.map((id) => [id, []]));
      if (contractIds.length === 0) return found;
      const rows = await executor
        .select()
        .from(contractTariffs)
        .where(inArray(contractTariffs.contractId, [...contractIds]))
        .orderBy(
          asc(contractTariffs.outcomeKind),
          asc(contractTariffs.contractClass),
          asc(contractTariffs.amountCents),
        );
      for (const row of rows) found.get(row.contractId)?.push(row);
      return found;
    },
  };
}

export type ContractService = ReturnType<typeof createContractService>;
