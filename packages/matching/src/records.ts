import { type EmploymentStatus, type TargetGroup, targetGroups } from '@sportello/domain';
import { heldLicenceMask, licenceMask } from './licences.js';
import { type CvProfile, MOTHER_TONGUE, type ReferenceData, type VacancyProfile } from './types.js';

/** Strings (URIs, codes, UUIDs) to the dense integers of the index, in order of first sight. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  get(value: string): number | undefined {
    return this.ids.get(value);
  }
}

export interface ReferenceRows {
  comuni: readonly { istatCode: string; latitude: number; longitude: number }[];
  /** With their compact ids (see `ReferenceKey`). */
  occupations: readonly { uri: string; id: number; iscoGroup: string }[];
  skills: readonly { uri: string; id: number }[];
  skillBroader: readonly { skillUri: string; broaderUri: string }[];
  occupationSkills: readonly { occupationUri: string; skillUri: string; relationType: string }[];
}

/** The index's view of the reference tables, and the mapping of their keys to integers. */
export class Vocabulary {
  readonly networks = new Interner();
  readonly comuni = new Interner();
  readonly occupations = new Interner();
  readonly skills = new Interner();
  readonly languages = new Interner();
  readonly ref: ReferenceData & { relatedSkills: number[][]; languageCodes: string[] };
  /** For each compact id of the reference, its skill's or occupation's place here (-1: none). */
  private readonly skillOfId: Int32Array;
  private readonly occupationOfId: Int32Array;

  constructor(rows: ReferenceRows) {
    for (const c of rows.comuni) this.comuni.id(c.istatCode);
    for (const o of rows.occupations) this.occupations.id(o.uri);
    for (const s of rows.skills) this.skills.id(s.uri);
    this.skillOfId = placesOfIds(rows.skills);
    this.occupationOfId = placesOfIds(rows.occupations);
    const relatedSkills: number[][] = rows.skills.map(() => []);
    for (const { skillUri, broaderUri } of rows.skillBroader) {
      const skill = this.skills.get(skillUri);
      const broader = this.skills.get(broaderUri);
      if (skill === undefined || broader === undefined) continue;
      relatedSkills[skill]!.push(broader);
      relatedSkills[broader]!.push(skill);
    }
    const occupationSkills: number[][] = rows.occupations.map(() => []);
    for (const r of rows.occupationSkills) {
      const occupation = this.occupations.get(r.occupationUri);
      const skill = this.skills.get(r.skillUri);
      if (r.relationType === 'essential' && occupation !== undefined && skill !== undefined)
        occupationSkills[occupation]!.push(skill);
    }
    this.ref = {
      comuneLatitude: Float64Array.from(rows.comuni, (c) => c.latitude),
      comuneLongitude: Float64Array.from(rows.comuni, (c) => c.longitude),
      occupationIsco: Int32Array.from(rows.occupations, (o) => Number(o.iscoGroup)),
      occupationSkills,
      relatedSkills,
      languageCodes: this.languages.values,
    };
  }

  /**
   * The highest compact ids the vocabulary was built with: the loader sends a concept with a
   * higher one (added to the reference since) by its URI.
   */
  get knownIds(): { skills: number; occupations: number } {
    return { skills: this.skillOfId.length - 1, occupations: this.occupationOfId.length - 1 };
  }

  /** A skill id; skills added to the reference after the index was built get no relations. */
  skill(key: ReferenceKey): number {
    if (typeof key === 'number') return known(this.skillOfId, key, 'skill');
    const id = this.skills.id(key);
    while (this.ref.relatedSkills.length <= id) this.ref.relatedSkills.push([]);
    return id;
  }

  occupation(key: ReferenceKey): number {
    if (typeof key === 'number') return known(this.occupationOfId, key, 'occupation');
    const id = this.occupations.get(key);
    if (id === undefined) throw new Error(`Unknown ESCO occupation ${key}`);
    return id;
  }

  comune(code: string): number {
    const id = this.comuni.get(code);
    if (id === undefined) throw new Error(`Unknown comune ${code}`);
    return id;
  }
}

function placesOfIds(rows: readonly { id: number }[]): Int32Array {
  const places = new Int32Array(rows.reduce((max, r) => Math.max(max, r.id), -1) + 1).fill(-1);
  rows.forEach((r, place) => {
    places[r.id] = place;
  });
  return places;
}

function known(places: Int32Array, id: number, what: string): number {
  const place = places[id] ?? -1;
  if (place < 0) throw new Error(`Unknown ESCO ${what} id ${id}`);
  return place;
}

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

const cefr = (level: CefrLevel) => CEFR_LEVELS.indexOf(level) + 1;

export const TARGET_GROUP_BITS: Record<TargetGroup, number> = { OVER_45: 1, UNDER_30: 2, NEET: 4 };

export function targetGroupMask(groups: readonly TargetGroup[]): number {
  return groups.reduce((mask, g) => mask | TARGET_GROUP_BITS[g], 0);
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Whole months from one YYYY-MM-DD date to another. */
export function monthsBetween(from: string, to: string): number {
  const months = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  const day = (date: string) => Number(date.slice(8, 10));
  return Math.max(0, months(to) - months(from) - (day(to) < day(from) ? 1 : 0));
}

/**
 * A skill or an occupation as the loader sends it: its compact reference id when the vocabulary
 * knows it (`Vocabulary.knownIds`), which spares the client millions of URIs to receive and look
 * up, or else its URI.
 */
export type ReferenceKey = string | number;

/** What the loader reads of a citizen and their CV. */
export interface CitizenCvRecord {
  citizenId: string;
  networkId: string;
  /** Only for the target groups operators filter by; never part of the score. */
  birthDate: string;
  employmentStatus: EmploymentStatus | null;
  residenceComuneCode: string;
  domicileComuneCode: string | null;
  mobilityRadiusKm: number;
  availableFullTime: boolean;
  availablePartTime: boolean;
  availableForShifts: boolean;
  drivingLicences: readonly string[];
  accountDisabled: boolean;
  cvSharingConsent: boolean;
  /** Through the special-categories policy; only a filter on reserved vacancies. */
  law68Disability: boolean;
  skills: readonly ReferenceKey[];
  soughtOccupations: readonly ReferenceKey[];
  experiences: readonly { occupation: ReferenceKey | null; startsOn: string; endsOn: string | null }[];
  /** EQF levels of completed titles. */
  completedEqfLevels: readonly (number | null)[];
  languages: readonly {
    languageCode: string;
    motherTongue: boolean;
    levels: readonly (CefrLevel | null)[];
  }[];
}

/**
 * Appends the id unless the list has it. A CV's lists are short (at most 100 skills): a scan costs
 * less than a Set, which the index load would build and drop for each of millions of CVs.
 */
function addOnce(list: number[], id: number): void {
  if (!list.includes(id)) list.push(id);
}

export function cvProfile(r: CitizenCvRecord, vocabulary: Vocabulary, today: string): CvProfile {
  const experiences = r.experiences
    .filter((e) => e.occupation !== null)
    .map((e) => ({
      occupation: vocabulary.occupation(e.occupation!),
      months: monthsBetween(e.startsOn, e.endsOn ?? today),
    }));
  const occupations: number[] = [];
  for (const key of r.soughtOccupations) addOnce(occupations, vocabulary.occupation(key));
  for (const e of experiences) addOnce(occupations, e.occupation);
  const skills: number[] = [];
  for (const key of r.skills) addOnce(skills, vocabulary.skill(key));
  const languages = r.languages.flatMap((l) => {
    const declared = l.levels.filter((level) => level !== null).map(cefr);
    const level = l.motherTongue ? MOTHER_TONGUE : declared.length ? Math.min(...declared) : 0;
    return level ? [{ language: vocabulary.languages.id(l.languageCode), level }] : [];
  });
  return {
    key: r.citizenId,
    network: vocabulary.networks.id(r.networkId),
    comune: vocabulary.comune(r.domicileComuneCode ?? r.residenceComuneCode),
    mobilityRadiusKm: r.mobilityRadiusKm,
    skills,
    occupations,
    experiences,
    languages,
    eqfLevel: r.completedEqfLevels.reduce<number>((max, l) => Math.max(max, l ?? 0), 0),
    fullTime: r.availableFullTime,
    partTime: r.availablePartTime,
    shifts: r.availableForShifts,
    licences: heldLicenceMask(r.drivingLicences),
    sharesCv: r.cvSharingConsent,
    active: !r.accountDisabled,
    law68Eligible: r.law68Disability,
    targetGroups: targetGroupMask(targetGroups(r, today)),
  };
}

export interface VacancyRecord {
  id: string;
  networkId: string;
  status: string;
  expiresOn: string;
  workplaceComuneCode: string | null;
  remote: boolean;
  occupation: ReferenceKey;
  /** Skills with their flag; a skill listed as both counts as essential. */
  skills: readonly { skill: ReferenceKey; essential: boolean }[];
  languages: readonly { languageCode: string; minLevel: CefrLevel }[];
  minEqfLevel: number | null;
  minExperienceMonths: number;
  hours: 'FULL_TIME' | 'PART_TIME';
  shifts: boolean;
  drivingLicences: readonly string[];
  law68Reserved: boolean;
}

export function vacancyProfile(r: VacancyRecord, vocabulary: Vocabulary): VacancyProfile {
  const essential = new Set(r.skills.filter((s) => s.essential).map((s) => vocabulary.skill(s.skill)));
  const optional = new Set(r.skills.map((s) => vocabulary.skill(s.skill)).filter((id) => !essential.has(id)));
  return {
    key: r.id,
    network: vocabulary.networks.id(r.networkId),
    published: r.status === 'PUBLISHED',
    expiresDay: dayNumber(r.expiresOn),
    comune: r.workplaceComuneCode === null ? -1 : vocabulary.comune(r.workplaceComuneCode),
    remote: r.remote,
    occupation: vocabulary.occupation(r.occupation),
    essentialSkills: [...essential],
    optionalSkills: [...optional],
    languages: r.languages.map((l) => ({
      language: vocabulary.languages.id(l.languageCode),
      minLevel: cefr(l.minLevel),
    })),
    minEqfLevel: r.minEqfLevel ?? 0,
    minExperienceMonths: r.minExperienceMonths,
    partTime: r.hours === 'PART_TIME',
    shifts: r.shifts,
    licences: licenceMask(r.drivingLicences),
    law68Reserved: r.law68Reserved,
  };
}
