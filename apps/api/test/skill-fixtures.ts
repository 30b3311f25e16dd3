/**
 * Real ESCO v1.1.1 skills, with their English preferred labels: every test database has them, loaded
 * with the reference data, as it has their relations to occupations and the skill hierarchy.
 */
const skill = (id: string, label: string) => ({ uri: `http://data.europa.eu/esco/skill/${id}`, label });

export const ESCO_SKILLS = {
  forklift: skill('28cb374e-6261-4133-8371-f9a5470145da', 'operate forklift'),
  spreadsheets: skill('1973c966-f236-40c9-b2d4-5d71a89019be', 'use spreadsheets software'),
  safety: skill('dcc96a49-0bac-4a9c-8f8e-a32b4e47e6eb', 'apply health and safety standards'),
  office: skill('f683ae1d-cb7c-4aa1-b9fe-205e1bd23535', 'use microsoft office'),
  cleaning: skill('4f1b6304-f54a-42f0-9604-5427a28d240f', 'perform cleaning duties'),
  lifting: skill('ab2bb44a-3956-4028-8715-8b70b1960b99', 'lift heavy weights'),
  stacking: skill('3d086228-d7fc-4c23-972a-22b7d44a6173', 'stack goods'),
  receiving: skill('2cae39d6-78c2-4ce3-bee8-628504371463', 'receive goods'),
  arcWelding: skill('27d26fd6-5795-4f0a-884e-112df7c68314', 'apply arc welding techniques'),
  joinMetals: skill('29d762da-1711-4a3c-b424-f0a404f4bf2d', 'join metals'),
  protectiveGear: skill('6122d586-5978-431f-8e7a-96e61fc1f3fc', 'wear appropriate protective gear'),
  blueprints: skill('68b6ef08-d823-489d-a95c-752ae6f6e6a7', 'read standard blueprints'),
} as const;

export type EscoSkillFixture = (typeof ESCO_SKILLS)[keyof typeof ESCO_SKILLS];
