import { distanceTenths } from './geo.js';
import { bitCount } from './licences.js';
import {
  availabilityPoints,
  distancePoints,
  educationPoints,
  essentialSkillPoints,
  experiencePoints,
  FULL,
  languagePoints,
  levelCredit,
  licencePoints,
  occupationLevel,
  occupationPoints,
  optionalSkillPoints,
} from './points.js';
import { RequiredSkills } from './required-skills.js';
import { grown, ListColumn, Postings, RowKeys } from './store.js';
import { TopK } from './top-k.js';
import type { CvProfile, Match, MatchQuery, ReferenceData, VacancyProfile } from './types.js';
import { MAX_SCORE } from './weights.js';

const CV_LIVE = 1;
const CV_SHARES = 2;
const CV_ACTIVE = 4;
const CV_LAW68 = 8;
const CV_FULL_TIME = 16;
const CV_PART_TIME = 32;
const CV_SHIFTS = 64;

const V_LIVE = 1;
const V_PUBLISHED = 2;
const V_REMOTE = 4;
const V_LAW68 = 8;
const V_PART_TIME = 16;
const V_SHIFTS = 32;

/** Languages and levels share one integer in the lists: language * 8 + level. */
const LEVEL_BITS = 3;
const LEVEL_MASK = 7;

function invert(lists: readonly (readonly number[])[], size: number): number[][] {
  const inverse: number[][] = Array.from({ length: size }, () => []);
  lists.forEach((targets, source) => {
    for (const t of targets) inverse[t]?.push(source);
  });
  return inverse;
}

/** Occupations and the occupations of the (occupation, months) pairs, without repetitions. */
function postedOccupations(occupations: readonly number[], experiences: readonly number[]): number[] {
  const posted = [...occupations];
  for (let p = 0; p < experiences.length; p += 2)
    if (!posted.includes(experiences[p]!)) posted.push(experiences[p]!);
  return posted;
}

/**
 * The matching engine: CVs and vacancies in flat typed arrays indexed by row, scanned with
 * per-query lookup tables and pruned by upper bounds, returning exactly the reference scorer's
 * top k. Rows are updated in place, so a change is visible to the next query.
 */
export class MatchingIndex {
  private readonly occupationCount: number;
  /** For each skill, the skills whose related list contains it (the hierarchy read backwards). */
  private readonly relatedOf: number[][];
  /** For each skill, the occupations that list it as essential. */
  private readonly skillOccupations: number[][];
  private readonly requiredSkills: RequiredSkills;

  private readonly cvRows = new RowKeys();
  private cvFlags = new Uint8Array(16);
  private cvNetwork = new Int32Array(16);
  private cvComune = new Int32Array(16);
  private cvRadius = new Uint16Array(16);
  private cvEqf = new Uint8Array(16);
  private cvLicences = new Uint16Array(16);
  private cvGroups = new Uint8Array(16);
  private readonly cvSkills = new ListColumn();
  private readonly cvOccupations = new ListColumn();
  /** Pairs: occupation, months. */
  private readonly cvExperiences = new ListColumn();
  private readonly cvLanguages = new ListColumn();
  private readonly occupationPostings = new Postings();
  private readonly skillPostings = new Postings();
  private readonly comunePostings = new Postings();
  /** No CV's mobility radius exceeds it (it is never lowered). */
  private maxRadiusKm = 0;
  /** Per-row scratch of a query: rows met carry its stamp; credits gathered from the postings. */
  private seen = new Int32Array(16);
  private marked = new Int32Array(16);
  private essentialBound = new Uint16Array(16);
  private optionalBound = new Uint16Array(16);
  private stamp = 0;

  private readonly vRows = new RowKeys();
  private vFlags = new Uint8Array(16);
  private vNetwork = new Int32Array(16);
  private vExpires = new Int32Array(16);
  private vComune = new Int32Array(16);
  private vOccupation = new Int32Array(16);
  private vMinEqf = new Uint8Array(16);
  private vMinMonths = new Int32Array(16);
  private vLicences = new Int32Array(16);
  private readonly vEssential = new ListColumn();
  private readonly vOptional = new ListColumn();
  private readonly vLanguages = new ListColumn();

  private readonly distance: Int32Array;
  private readonly occupationLevels: Uint8Array;
  private readonly monthsFor: Int32Array;
  private skillCredit: Uint8Array;
  private languageLevel: Uint8Array;

  constructor(private readonly ref: ReferenceData) {
    this.occupationCount = ref.occupationIsco.length;
    const skillCount = ref.relatedSkills.length;
    this.relatedOf = invert(ref.relatedSkills, skillCount);
    this.skillOccupations = invert(ref.occupationSkills, skillCount);
    this.requiredSkills = new RequiredSkills(ref.relatedSkills, this.skillOccupations);
    this.distance = new Int32Array(ref.comuneLatitude.length);
    this.occupationLevels = new Uint8Array(this.occupationCount);
    this.monthsFor = new Int32Array(this.occupationCount);
    this.skillCredit = new Uint8Array(skillCount);
    this.languageLevel = new Uint8Array(ref.languageCodes.length);
  }

  get cvCount(): number {
    return this.cvRows.count;
  }

  get vacancyCount(): number {
    return this.vRows.count;
  }

  upsertCv(cv: CvProfile): void {
    const { row, fresh } = this.cvRows.acquire(cv.key);
    const rows = this.cvRows.extent;
    if (row >= this.cvFlags.length) {
      this.cvFlags = grown(this.cvFlags, rows);
      this.cvNetwork = grown(this.cvNetwork, rows);
      this.cvComune = grown(this.cvComune, rows);
      this.cvRadius = grown(this.cvRadius, rows);
      this.cvEqf = grown(this.cvEqf, rows);
      this.cvLicences = grown(this.cvLicences, rows);
      this.cvGroups = grown(this.cvGroups, rows);
    }
    for (const list of [this.cvSkills, this.cvOccupations, this.cvExperiences, this.cvLanguages])
      list.ensureRows(rows);
    this.cvFlags[row] =
      CV_LIVE |
      (cv.sharesCv ? CV_SHARES : 0) |
      (cv.active ? CV_ACTIVE : 0) |
      (cv.law68Eligible ? CV_LAW68 : 0) |
      (cv.fullTime ? CV_FULL_TIME : 0) |
      (cv.partTime ? CV_PART_TIME : 0) |
      (cv.shifts ? CV_SHIFTS : 0);
    this.cvNetwork[row] = cv.network;
    this.cvRadius[row] = cv.mobilityRadiusKm;
    this.cvEqf[row] = cv.eqfLevel;
    this.cvLicences[row] = cv.licences;
    this.cvGroups[row] = cv.targetGroups;
    const experiences = cv.experiences.flatMap((e) => [e.occupation, e.months]);
    this.skillPostings.update(row, this.cvSkills.get(row), cv.skills);
    this.occupationPostings.update(
      row,
      this.postedOccupations(row),
      postedOccupations(cv.occupations, experiences),
    );
    this.comunePostings.update(row, fresh ? [] : [this.cvComune[row]!], [cv.comune]);
    if (cv.mobilityRadiusKm > this.maxRadiusKm) this.maxRadiusKm = cv.mobilityRadiusKm;
    this.cvComune[row] = cv.comune;
    this.cvSkills.set(row, cv.skills, rows);
    this.cvOccupations.set(row, cv.occupations, rows);
    this.cvExperiences.set(row, experiences, rows);
    this.cvLanguages.set(
      row,
      cv.languages.map((l) => (l.language << LEVEL_BITS) | l.level),
      rows,
    );
    if (this.skillPostings.stale || this.occupationPostings.stale || this.comunePostings.stale)
      this.rebuildPostings();
  }

  /** A CV is listed under its occupations and those of its past jobs. */
  private postedOccupations(row: number): number[] {
    return postedOccupations(this.cvOccupations.get(row), this.cvExperiences.get(row));
  }

  removeCv(key: string): void {
    const row = this.cvRows.release(key);
    if (row === undefined) return;
    this.cvFlags[row] = 0;
    this.skillPostings.update(row, this.cvSkills.get(row), []);
    this.occupationPostings.update(row, this.postedOccupations(row), []);
    this.comunePostings.update(row, [this.cvComune[row]!], []);
    for (const list of [this.cvSkills, this.cvOccupations, this.cvExperiences, this.cvLanguages])
      list.set(row, [], this.cvRows.extent);
  }

  private nextStamp(): number {
    if (this.stamp >= 0x7ffffff0) {
      this.seen.fill(0);
      this.marked.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  private rebuildPostings(): void {
    const rows = this.cvRows.extent;
    const live = (row: number, list: ListColumn) => (this.cvFlags[row] === 0 ? [] : list.get(row));
    this.skillPostings.rebuild(rows, (row) => live(row, this.cvSkills));
    this.occupationPostings.rebuild(rows, (row) =>
      this.cvFlags[row] === 0 ? [] : this.postedOccupations(row),
    );
    this.comunePostings.rebuild(rows, (row) => (this.cvFlags[row] === 0 ? [] : [this.cvComune[row]!]));
  }

  cv(key: string): CvProfile | undefined {
    const row = this.cvRows.row(key);
    if (row === undefined) return undefined;
    const f = this.cvFlags[row]!;
    const experiences = this.cvExperiences.get(row);
    return {
      key,
      network: this.cvNetwork[row]!,
      comune: this.cvComune[row]!,
      mobilityRadiusKm: this.cvRadius[row]!,
      skills: this.cvSkills.get(row),
      occupations: this.cvOccupations.get(row),
      experiences: Array.from({ length: experiences.length / 2 }, (_, i) => ({
        occupation: experiences[2 * i]!,
        months: experiences[2 * i + 1]!,
      })),
      languages: this.cvLanguages
        .get(row)
        .map((code) => ({ language: code >> LEVEL_BITS, level: code & LEVEL_MASK })),
      eqfLevel: this.cvEqf[row]!,
      fullTime: (f & CV_FULL_TIME) !== 0,
      partTime: (f & CV_PART_TIME) !== 0,
      shifts: (f & CV_SHIFTS) !== 0,
      licences: this.cvLicences[row]!,
      sharesCv: (f & CV_SHARES) !== 0,
      active: (f & CV_ACTIVE) !== 0,
      law68Eligible: (f & CV_LAW68) !== 0,
      targetGroups: this.cvGroups[row]!,
    };
  }

  upsertVacancy(v: VacancyProfile): void {
    const { row } = this.vRows.acquire(v.key);
    const rows = this.vRows.extent;
    if (row >= this.vFlags.length) {
      this.vFlags = grown(this.vFlags, rows);
      this.vNetwork = grown(this.vNetwork, rows);
      this.vExpires = grown(this.vExpires, rows);
      this.vComune = grown(this.vComune, rows);
      this.vOccupation = grown(this.vOccupation, rows);
      this.vMinEqf = grown(this.vMinEqf, rows);
      this.vMinMonths = grown(this.vMinMonths, rows);
      this.vLicences = grown(this.vLicences, rows);
    }
    for (const list of [this.vEssential, this.vOptional, this.vLanguages]) list.ensureRows(rows);
    this.vFlags[row] =
      V_LIVE |
      (v.published ? V_PUBLISHED : 0) |
      (v.remote ? V_REMOTE : 0) |
      (v.law68Reserved ? V_LAW68 : 0) |
      (v.partTime ? V_PART_TIME : 0) |
      (v.shifts ? V_SHIFTS : 0);
    this.vNetwork[row] = v.network;
    this.vExpires[row] = v.expiresDay;
    this.vComune[row] = v.comune;
    this.vOccupation[row] = v.occupation;
    this.vMinEqf[row] = v.minEqfLevel;
    this.vMinMonths[row] = v.minExperienceMonths;
    this.vLicences[row] = v.licences;
    this.vEssential.set(row, v.essentialSkills, rows);
    this.vOptional.set(row, v.optionalSkills, rows);
    this.vLanguages.set(
      row,
      v.languages.map((l) => (l.language << LEVEL_BITS) | l.minLevel),
      rows,
    );
  }

  removeVacancy(key: string): void {
    const row = this.vRows.release(key);
    if (row === undefined) return;
    this.vFlags[row] = 0;
    for (const list of [this.vEssential, this.vOptional, this.vLanguages])
      list.set(row, [], this.vRows.extent);
  }

  vacancy(key: string): VacancyProfile | undefined {
    const row = this.vRows.row(key);
    if (row === undefined) return undefined;
    const f = this.vFlags[row]!;
    return {
      key,
      network: this.vNetwork[row]!,
      published: (f & V_PUBLISHED) !== 0,
      expiresDay: this.vExpires[row]!,
      comune: this.vComune[row]!,
      remote: (f & V_REMOTE) !== 0,
      occupation: this.vOccupation[row]!,
      essentialSkills: this.vEssential.get(row),
      optionalSkills: this.vOptional.get(row),
      languages: this.vLanguages
        .get(row)
        .map((code) => ({ language: code >> LEVEL_BITS, minLevel: code & LEVEL_MASK })),
      minEqfLevel: this.vMinEqf[row]!,
      minExperienceMonths: this.vMinMonths[row]!,
      partTime: (f & V_PART_TIME) !== 0,
      shifts: (f & V_SHIFTS) !== 0,
      licences: this.vLicences[row]!,
      law68Reserved: (f & V_LAW68) !== 0,
    };
  }

  /**
   * The best citizens for a vacancy (which need not be in the index). Citizens with a related
   * occupation or some credit for a required skill are found through the postings, with a bound on
   * their skill points; the rest are scanned only when they could still enter the top k.
   */
  topCitizens(v: VacancyProfile, q: MatchQuery): Match[] {
    const { ref } = this;
    const top = new TopK(q.k, this.cvRows.keys);
    const minScore = q.minScore ?? 0;
    const need = CV_LIVE | CV_SHARES | CV_ACTIVE | (v.law68Reserved ? CV_LAW68 : 0);
    const groups = q.targetGroups;
    const radiusTenths = q.radiusKm === undefined ? Number.POSITIVE_INFINITY : q.radiusKm * 10;
    const remote = v.remote;
    const rows = this.cvRows.extent;

    const distance = this.distance;
    if (!remote) {
      const lat = ref.comuneLatitude[v.comune]!;
      const lon = ref.comuneLongitude[v.comune]!;
      for (let c = 0; c < distance.length; c++)
        distance[c] = distanceTenths(ref.comuneLatitude[c]!, ref.comuneLongitude[c]!, lat, lon);
    }
    const levels = this.occupationLevels;
    const isco = ref.occupationIsco;
    const vIsco = isco[v.occupation]!;
    for (let o = 0; o < this.occupationCount; o++)
      levels[o] = occupationLevel(isco[o]!, vIsco, o === v.occupation);

    const essentialCount = v.essentialSkills.length;
    const required = [...v.essentialSkills, ...v.optionalSkills];
    const optionalCount = required.length - essentialCount;

    this.seen = grown(this.seen, rows);
    this.marked = grown(this.marked, rows);
    this.essentialBound = grown(this.essentialBound, rows);
    this.optionalBound = grown(this.optionalBound, rows);
    const { seen, marked, essentialBound, optionalBound } = this;
    const stamp = this.nextStamp();

    // First tier: the citizens who declare some required skill. A required skill a citizen does
    // not declare earns at most half credit, so the skill credit of a citizen declaring x of the e
    // essential skills is at most e + x half units (and the same for the optional ones).
    let candidates: number[] = [];
    required.forEach((s, j) => {
      const bound = j < essentialCount ? essentialBound : optionalBound;
      const mark = this.nextStamp();
      const list = this.skillPostings.rows(s);
      const size = this.skillPostings.size(s);
      for (let n = 0; n < size; n++) {
        const i = list[n]!;
        if (seen[i] !== stamp) {
          seen[i] = stamp;
          essentialBound[i] = essentialCount;
          optionalBound[i] = optionalCount;
          candidates.push(i);
        }
        if (marked[i] === mark) continue;
        marked[i] = mark;
        bound[i]!++;
      }
    });
    const requiredSkills = this.requiredSkills;
    requiredSkills.prepare(
      v.essentialSkills,
      v.optionalSkills,
      ref.relatedSkills.length,
      this.occupationCount,
    );
    const languages = v.languages;
    const licencesRequired = bitCount(v.licences);
    const eduMin = v.minEqfLevel;
    const monthsMin = v.minExperienceMonths;
    const partTime = v.partTime;
    const shifts = v.shifts;

    const { cvFlags, cvNetwork, cvComune, cvRadius, cvEqf, cvLicences, cvGroups } = this;
    const skills = this.cvSkills;
    const occupations = this.cvOccupations;
    const experiences = this.cvExperiences;
    const cvLanguages = this.cvLanguages;

    const consider = (i: number, met: boolean): void => {
      const f = cvFlags[i]!;
      if ((f & need) !== need || cvNetwork[i] !== v.network) return;
      if (groups !== undefined && (cvGroups[i]! & groups) === 0) return;
      let d = 0;
      if (!remote) {
        d = distance[cvComune[i]!]!;
        if (d > radiusTenths) return;
      }
      const skillBound =
        essentialSkillPoints(met ? essentialBound[i]! : 0, essentialCount) +
        optionalSkillPoints(met ? optionalBound[i]! : 0, optionalCount);
      const cheap =
        distancePoints(remote, d, cvRadius[i]!) +
        availabilityPoints(
          (f & (partTime ? CV_PART_TIME : CV_FULL_TIME)) !== 0,
          !shifts || (f & CV_SHIFTS) !== 0,
        ) +
        educationPoints(cvEqf[i]!, eduMin) +
        licencePoints(bitCount(cvLicences[i]! & v.licences), licencesRequired);
      const floor = Math.max(minScore, top.floor);
      if (cheap + skillBound + FULL.occupation + FULL.languages + FULL.experience < floor) return;

      const pool = occupations.pool;
      const oStart = occupations.start[i]!;
      const oEnd = oStart + occupations.length[i]!;
      let level = 0;
      for (let p = oStart; p < oEnd; p++) {
        const l = levels[pool[p]!]!;
        if (l > level) level = l;
      }
      let partial = cheap + occupationPoints(level);
      if (partial + skillBound + FULL.languages + FULL.experience < floor) return;

      let languageHalfUnits = 0;
      const lPool = cvLanguages.pool;
      const lStart = cvLanguages.start[i]!;
      const lEnd = lStart + cvLanguages.length[i]!;
      for (const l of languages) {
        let declared = 0;
        for (let p = lStart; p < lEnd; p++) {
          const code = lPool[p]!;
          if (code >> LEVEL_BITS === l.language) {
            declared = code & LEVEL_MASK;
            break;
          }
        }
        languageHalfUnits += levelCredit(declared, l.minLevel);
      }
      let months = 0;
      const ePool = experiences.pool;
      const eStart = experiences.start[i]!;
      const eEnd = eStart + experiences.length[i]!;
      for (let p = eStart; p < eEnd; p += 2) if (levels[ePool[p]!]! >= 2) months += ePool[p + 1]!;
      partial += languagePoints(languageHalfUnits, languages.length) + experiencePoints(months, monthsMin);
      if (partial + skillBound < floor) return;

      let essentialHalfUnits = 0;
      let optionalHalfUnits = 0;
      if (met && required.length > 0) {
        const sStart = skills.start[i]!;
        requiredSkills.credit(skills.pool, sStart, sStart + skills.length[i]!, pool, oStart, oEnd);
        essentialHalfUnits = requiredSkills.essentialHalfUnits;
        optionalHalfUnits = requiredSkills.optionalHalfUnits;
      }
      const score =
        partial +
        essentialSkillPoints(essentialHalfUnits, essentialCount) +
        optionalSkillPoints(optionalHalfUnits, optionalCount);
      if (score >= minScore) top.offer(i, score);
    };

    const bar = () => Math.max(minScore, top.floor);
    const skillsFloor = MAX_SCORE - FULL.essentialSkills - FULL.optionalSkills;
    // What a candidate of a skill tier can score at most: the cheap components exactly, the
    // occupation exactly (a skill tier meets citizens of any occupation), the skills by their bound,
    // languages and experience in full. -1 for whoever the vacancy cannot rank.
    const upperBound = (i: number): number => {
      const f = cvFlags[i]!;
      if ((f & need) !== need || cvNetwork[i] !== v.network) return -1;
      if (groups !== undefined && (cvGroups[i]! & groups) === 0) return -1;
      let d = 0;
      if (!remote) {
        d = distance[cvComune[i]!]!;
        if (d > radiusTenths) return -1;
      }
      const pool = occupations.pool;
      const oStart = occupations.start[i]!;
      const oEnd = oStart + occupations.length[i]!;
      let level = 0;
      for (let p = oStart; p < oEnd; p++) {
        const l = levels[pool[p]!]!;
        if (l > level) level = l;
      }
      return (
        distancePoints(remote, d, cvRadius[i]!) +
        availabilityPoints(
          (f & (partTime ? CV_PART_TIME : CV_FULL_TIME)) !== 0,
          !shifts || (f & CV_SHIFTS) !== 0,
        ) +
        educationPoints(cvEqf[i]!, eduMin) +
        licencePoints(bitCount(cvLicences[i]! & v.licences), licencesRequired) +
        occupationPoints(level) +
        essentialSkillPoints(essentialBound[i]!, essentialCount) +
        optionalSkillPoints(optionalBound[i]!, optionalCount) +
        FULL.languages +
        FULL.experience
      );
    };
    const scan = () => {
      const { order, bounds } = this.byBound(candidates, upperBound);
      for (let n = 0; n < order.length; n++) {
        if (bounds[n]! < bar()) break;
        consider(order[n]!, true);
      }
    };
    scan();

    // Second tier: everyone else declares no required skill, so earns at most half credit for each.
    // Citizens of the vacancy's occupation come first, then those of its ISCO unit and minor groups;
    // whoever has none of these occupations scores no occupation points.
    const noneDeclared =
      skillsFloor +
      essentialSkillPoints(essentialCount, essentialCount) +
      optionalSkillPoints(optionalCount, optionalCount) -
      FULL.occupation;
    for (let level = 3; level >= 1; level--) {
      if (bar() > noneDeclared + occupationPoints(level)) return top.result();
      candidates = [];
      for (let o = 0; o < this.occupationCount; o++) {
        if (levels[o] !== level) continue;
        const list = this.occupationPostings.rows(o);
        const size = this.occupationPostings.size(o);
        for (let n = 0; n < size; n++) {
          const i = list[n]!;
          if (seen[i] === stamp) continue;
          seen[i] = stamp;
          essentialBound[i] = essentialCount;
          optionalBound[i] = optionalCount;
          candidates.push(i);
        }
      }
      scan();
    }
    if (bar() > noneDeclared) return top.result();

    // Third tier: citizens with a related skill, or an occupation listing a required skill.
    candidates = [];
    const meet = (i: number) => {
      if (seen[i] === stamp) return;
      seen[i] = stamp;
      essentialBound[i] = 0;
      optionalBound[i] = 0;
      candidates.push(i);
    };
    required.forEach((s, j) => {
      const bound = j < essentialCount ? essentialBound : optionalBound;
      const mark = this.nextStamp();
      const credit = (postings: Postings, term: number) => {
        const list = postings.rows(term);
        const size = postings.size(term);
        for (let n = 0; n < size; n++) {
          const i = list[n]!;
          meet(i);
          if (marked[i] === mark) continue;
          marked[i] = mark;
          bound[i]!++;
        }
      };
      for (const t of ref.relatedSkills[s] ?? []) credit(this.skillPostings, t);
      for (const o of this.skillOccupations[s] ?? []) credit(this.occupationPostings, o);
    });
    scan();
    // Whoever the postings did not meet has no related occupation, no skill credit and no months
    // of experience in the vacancy's ISCO unit group (past jobs are posted too).
    const unmetBound =
      skillsFloor -
      FULL.occupation -
      FULL.experience +
      experiencePoints(0, monthsMin) +
      essentialSkillPoints(0, essentialCount) +
      optionalSkillPoints(0, optionalCount);
    if (bar() > unmetBound) return top.result();
    if (remote) {
      for (let i = 0; i < rows; i++) if (seen[i] !== stamp) consider(i, false);
      return top.result();
    }
    // Comune by comune, nearest first: no CV's radius exceeds the largest, which bounds the
    // distance points of everyone living in a comune.
    const near = this.comunesByDistance(distance, radiusTenths);
    for (let n = 0; n < near.length; n++) {
      const c = near[n]!;
      const bound = unmetBound - FULL.distance + distancePoints(false, distance[c]!, this.maxRadiusKm);
      if (bound < bar()) break;
      const list = this.comunePostings.rows(c);
      const size = this.comunePostings.size(c);
      for (let m = 0; m < size; m++) {
        const i = list[m]!;
        if (seen[i] === stamp) continue;
        seen[i] = stamp;
        consider(i, false);
      }
    }
    return top.result();
  }

  /** The comuni where some CV lives, within the radius, nearest first. */
  private comunesByDistance(distance: Int32Array, radiusTenths: number): Int32Array {
    const near: number[] = [];
    for (let c = 0; c < distance.length; c++)
      if (distance[c]! <= radiusTenths && this.comunePostings.size(c) > 0) near.push(c);
    return Int32Array.from(near).sort((a, b) => distance[a]! - distance[b]!);
  }

  /**
   * The candidates that can be ranked, by decreasing upper bound of their score (a counting sort),
   * so the bar rises fast and a scan stops at the first candidate that cannot reach it.
   */
  private byBound(candidates: readonly number[], upperBound: (i: number) => number) {
    const bounds = new Int32Array(candidates.length);
    const counts = new Int32Array(MAX_SCORE + 2);
    let ranked = 0;
    candidates.forEach((i, n) => {
      const bound = upperBound(i);
      bounds[n] = bound;
      if (bound < 0) return;
      ranked++;
      counts[MAX_SCORE - bound + 1]!++;
    });
    for (let b = 1; b < counts.length; b++) counts[b]! += counts[b - 1]!;
    const order = new Int32Array(ranked);
    const sorted = new Int32Array(ranked);
    candidates.forEach((i, n) => {
      const bound = bounds[n]!;
      if (bound < 0) return;
      const at = counts[MAX_SCORE - bound]!++;
      order[at] = i;
      sorted[at] = bound;
    });
    return { order, bounds: sorted };
  }

  /** The best published vacancies for a citizen's CV (which need not be in the index). */
  topVacancies(cv: CvProfile, q: MatchQuery): Match[] {
    const { ref } = this;
    const top = new TopK(q.k, this.vRows.keys);
    const minScore = q.minScore ?? 0;
    const radiusTenths = q.radiusKm === undefined ? Number.POSITIVE_INFINITY : q.radiusKm * 10;

    const distance = this.distance;
    const lat = ref.comuneLatitude[cv.comune]!;
    const lon = ref.comuneLongitude[cv.comune]!;
    for (let c = 0; c < distance.length; c++)
      distance[c] = distanceTenths(lat, lon, ref.comuneLatitude[c]!, ref.comuneLongitude[c]!);

    const isco = ref.occupationIsco;
    const levels = this.occupationLevels;
    const monthsFor = this.monthsFor;
    const monthsByIsco = new Map<number, number>();
    for (const e of cv.experiences)
      monthsByIsco.set(isco[e.occupation]!, (monthsByIsco.get(isco[e.occupation]!) ?? 0) + e.months);
    for (let o = 0; o < this.occupationCount; o++) {
      let level = 0;
      for (const own of cv.occupations)
        level = Math.max(level, occupationLevel(isco[own]!, isco[o]!, own === o));
      levels[o] = level;
      monthsFor[o] = monthsByIsco.get(isco[o]!) ?? 0;
    }

    // Skills and languages met after the index was built extend the reference lists.
    this.skillCredit = grown(this.skillCredit, ref.relatedSkills.length);
    this.languageLevel = grown(this.languageLevel, ref.languageCodes.length);
    const credit = this.skillCredit;
    const touched: number[] = [];
    const mark = (s: number, value: number) => {
      if (credit[s]! >= value) return;
      if (credit[s] === 0) touched.push(s);
      credit[s] = value;
    };
    for (const t of cv.skills) mark(t, 2);
    for (const t of cv.skills) for (const s of this.relatedOf[t] ?? []) mark(s, 1);
    for (const o of cv.occupations) for (const s of ref.occupationSkills[o] ?? []) mark(s, 1);
    const languageLevel = this.languageLevel;
    const declaredLanguages: number[] = [];
    for (const l of cv.languages) {
      if (languageLevel[l.language] !== 0 || declaredLanguages.includes(l.language)) continue;
      languageLevel[l.language] = l.level;
      declaredLanguages.push(l.language);
    }

    const { vFlags, vNetwork, vExpires, vComune, vOccupation, vMinEqf, vMinMonths, vLicences } = this;
    const essential = this.vEssential;
    const optional = this.vOptional;
    const vLanguages = this.vLanguages;
    const need = V_LIVE | V_PUBLISHED;
    const rows = this.vRows.extent;
    const skillsMax = FULL.essentialSkills + FULL.optionalSkills;
    try {
      for (let i = 0; i < rows; i++) {
        const f = vFlags[i]!;
        if ((f & need) !== need || vNetwork[i] !== cv.network || vExpires[i]! < q.today) continue;
        if ((f & V_LAW68) !== 0 && !cv.law68Eligible) continue;
        const remote = (f & V_REMOTE) !== 0;
        let d = 0;
        if (!remote) {
          d = distance[vComune[i]!]!;
          if (d > radiusTenths) continue;
        }
        const occupation = vOccupation[i]!;
        const licences = vLicences[i]!;
        const partial =
          distancePoints(remote, d, cv.mobilityRadiusKm) +
          availabilityPoints(
            (f & V_PART_TIME) !== 0 ? cv.partTime : cv.fullTime,
            (f & V_SHIFTS) === 0 || cv.shifts,
          ) +
          educationPoints(cv.eqfLevel, vMinEqf[i]!) +
          licencePoints(bitCount(licences & cv.licences), bitCount(licences)) +
          occupationPoints(levels[occupation]!) +
          experiencePoints(monthsFor[occupation]!, vMinMonths[i]!);
        if (partial + FULL.languages + skillsMax < Math.max(minScore, top.floor)) continue;

        let languageHalfUnits = 0;
        const lPool = vLanguages.pool;
        const lStart = vLanguages.start[i]!;
        const lCount = vLanguages.length[i]!;
        for (let p = lStart; p < lStart + lCount; p++) {
          const code = lPool[p]!;
          languageHalfUnits += levelCredit(languageLevel[code >> LEVEL_BITS]!, code & LEVEL_MASK);
        }
        let essentialHalfUnits = 0;
        const ePool = essential.pool;
        const eStart = essential.start[i]!;
        const eCount = essential.length[i]!;
        for (let p = eStart; p < eStart + eCount; p++) essentialHalfUnits += credit[ePool[p]!]!;
        let optionalHalfUnits = 0;
        const oPool = optional.pool;
        const oStart = optional.start[i]!;
        const oCount = optional.length[i]!;
        for (let p = oStart; p < oStart + oCount; p++) optionalHalfUnits += credit[oPool[p]!]!;
        const score =
          partial +
          languagePoints(languageHalfUnits, lCount) +
          essentialSkillPoints(essentialHalfUnits, eCount) +
          optionalSkillPoints(optionalHalfUnits, oCount);
        if (score >= minScore) top.offer(i, score);
      }
    } finally {
      for (const s of touched) credit[s] = 0;
      for (const l of declaredLanguages) languageLevel[l] = 0;
    }
    return top.result();
  }
}
