import type { TestApp } from './harness.js';
import { inDays } from './vacancy-fixtures.js';

export const TRAINING_MODULE_FIELDS = `id title provider description hours startsOn endsOn mode seats status
  enrolledCount seatsLeft comune { name } sportello { name } skills { skill { uri } level }`;

export const CREATE_TRAINING_MODULE = `mutation($input: TrainingModuleInput!, $key: String) {
  createTrainingModule(input: $input, idempotencyKey: $key) { trainingModule { ${TRAINING_MODULE_FIELDS} } userErrors { field code message } }
}`;

export const ENROL = `mutation($m: ID!, $c: ID) {
  enrolInTrainingModule(moduleId: $m, citizenId: $c) { enrolment { id status requestedByCitizen citizen { id } module { id seatsLeft } } userErrors { field code message } }
}`;

export function trainingModuleInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Sicurezza sul lavoro — formazione generale',
    provider: 'Ente di formazione Alto Milanese',
    description: 'Formazione generale dei lavoratori sulla sicurezza (4 ore), con attestato.',
    skills: [],
    hours: 4,
    startsOn: inDays(-1),
    endsOn: inDays(10),
    mode: 'IN_PERSON',
    comuneCode: '015118',
    seats: 12,
    ...overrides,
  };
}

/** Creates a training module as the operator and, unless it is to stay a draft, publishes it. */
export async function trainingModuleIn(
  t: TestApp,
  operator: string,
  state: 'DRAFT' | 'PUBLISHED',
  input: Record<string, unknown> = trainingModuleInput(),
): Promise<string> {
  const created = await t.gql(CREATE_TRAINING_MODULE, { input }, operator);
  const id = created.data?.createTrainingModule.trainingModule?.id as string | undefined;
  if (!id) throw new Error(`createTrainingModule failed: ${JSON.stringify(created)}`);
  if (state === 'PUBLISHED')
    await t.gql(
      'mutation($id: ID!) { publishTrainingModule(id: $id) { userErrors { code } } }',
      { id },
      operator,
    );
  return id;
}
