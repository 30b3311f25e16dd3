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

const NO_TERMS: readonly number[] = [];

/**
 * A posting list of a vacancy's first tier: a required skill's (`value`: its tally step) or a
 * related occupation's (`value`: its level).
 */
interface FirstTierList {
  skill: boolean;
  term: number;
  value: number;
  size: number;
}

export interface MatchingIndexOptions {
  /**
   * How many first-tier candidates of a vacancy, met by its strongest lists, are scored to set a
   * bar before the weaker lists are read (see `topCitizens`).
   */
  probeCandidates?: number;
}

/** Measured at 3M CVs: 512 to 1,024 gave the lowest p95; 256 and 4,096 did worse. */
const PROBE_CANDIDATES = 1024;

/**
 * The per-row scratch of a query (`met`) packs, in 16 bits, the stamp of the last query that met
 * the row (4 bits) and the row's tally in that query: the occupation level (2 bits), the optional
 * skills declared (5 bits) and the essential ones (5 bits). A skill count saturates at its field's
 * largest value, which then stands for "all of them": the tally only bounds the score from above.
 */
const STAMP_SHIFT = 12;
const STAMPS = 15;
const LEVEL_TALLY = 3;
const OPTIONAL_SHIFT = 2;
const ESSENTIAL_SHIFT = 7;
const OPTIONAL_TALLY = 1 << OPTIONAL_SHIFT;
const ESSENTIAL_TALLY = 1 << ESSENTIAL_SHIFT;
const SKILL_FIELD = 31;
const TALLY_MASK = (1 << STAMP_SHIFT) - 1;

/** Languages and levels share one integer in the lists: language * 8 + level. */
const LEVEL_BITS = 3;
const LEVEL_MASK = 7;

/**
 * Mobility radius classes, by their largest radius in km (the database allows up to 500): CVs are
 * posted under their comune and radius class, so that the scan of citizens met by no skill or
 * occupation bounds each place's distance points by the radii actually in it.
 */
const RADIUS_CLASS_KM = [0, 5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200, 300, 500];
const RADIUS_CLASSES = RADIUS_CLASS_KM.length + 1;
/** A place's bound on distance points beyond a query's radius: below any score. */
const BEYOND_RADIUS = -2 * MAX_SCORE;
const radiusClass = (km: number): number => {
  let c = 0;
  while (c < RADIUS_CLASS_KM.length && km > RADIUS_CLASS_KM[c]!) c++;
  return c;
};

function invert(lists: readonly (readonly number[])[], size: number): number[][] {
  const inverse: number[][] = Array.from({ length: size }, () => []);
  lists.forEach((targets, source) => {
    for (const t of targets) inverse[t]?.push(source);
  });
  return inverse;
}

type CvColumn = Int32Array | Uint8Array | Uint16Array;

/** A column with row `n` holding what row `order[n]` held. */
function permuted<T extends CvColumn>(column: T, order: Int32Array): T {
  const next = new (column.constructor as new (n: number) => T)(column.length);
  for (let n = 0; n < order.length; n++) next[n] = column[order[n]!]!;
  return next;
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
  /**
   * Comune and mobility radius class (`place`): one column of its own, read for every candidate's
   * bound, small enough to stay in the processor's cache.
   */
  private cvPlace = new Int32Array(16);
  private readonly cvSkills = new ListColumn();
  private readonly cvOccupations = new ListColumn();
  /** Pairs: occupation, months. */
  private readonly cvExperiences = new ListColumn();
  private readonly cvLanguages = new ListColumn();
  /** Every list column of the CVs, for the work done to all of them alike. */
  private readonly cvLists = [this.cvSkills, this.cvOccupations, this.cvExperiences, this.cvLanguages];
  private readonly occupationPostings = new Postings();
  private readonly skillPostings = new Postings();
  /** CVs by place: comune × radius class (`place`). */
  private readonly placePostings = new Postings();
  /** No CV's mobility radius in a class exceeds the class's entry (it is never lowered). */
  private readonly classMaxRadiusKm = new Int32Array(RADIUS_CLASSES);
  /**
   * Per-row scratch of a query: its stamp and the row's tally (see `STAMP_SHIFT`). Two bytes a row
   * keep it within the processor's cache at millions of rows, where each posting entry reads it at
   * random.
   */
  private met = new Uint16Array(16);
  /** A batch of candidates (rows) and their partial scores or bounds. */
  private batch = new Int32Array(16);
  private batchPartial = new Int32Array(16);
  /** The batch's rows by decreasing partial score or bound, and those values. */
  private sorted = new Int32Array(16);
  private sortedPartial = new Int32Array(16);
  private readonly partialCounts = new Int32Array(MAX_SCORE + 2);
  /** A query's first-tier bound by tally. */
  private readonly tallyBound = new Int32Array(TALLY_MASK + 1);
  private stamp = 0;
  private postingsDeferred = false;

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
  /** A query's bound on distance points by place (see `boundPlaces`). */
  private readonly placeBound: Int32Array;
  private readonly occupationLevels: Uint8Array;
  private readonly monthsFor: Int32Array;
  private skillCredit: Uint8Array;
  private languageLevel: Uint8Array;

  private readonly probeCandidates: number;

  constructor(
    private readonly ref: ReferenceData,
    { probeCandidates = PROBE_CANDIDATES }: MatchingIndexOptions = {},
  ) {
    this.probeCandidates = probeCandidates;
    this.occupationCount = ref.occupationIsco.length;
    const skillCount = ref.relatedSkills.length;
    this.relatedOf = invert(ref.relatedSkills, skillCount);
    this.skillOccupations = invert(ref.occupationSkills, skillCount);
    this.requiredSkills = new RequiredSkills(ref.relatedSkills, this.skillOccupations);
    this.distance = new Int32Array(ref.comuneLatitude.length);
    this.placeBound = new Int32Array(ref.comuneLatitude.length * RADIUS_CLASSES);
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
      this.replaceCvColumns((column) => grown(column, rows));
      for (const list of this.cvLists) list.ensureRows(rows);
    }
    this.cvFlags[row] =
      CV_LIVE |
      (cv.sharesCv ? CV_SHARES : 0) |
      (cv.active ? CV_ACTIVE : 0) |
      (cv.law68Eligible ? CV_LAW68 : 0) |
      (cv.fullTime ? CV_FULL_TIME : 0) |
      (cv.partTime ? CV_PART_TIME : 0) |
      (cv.shifts ? CV_SHIFTS : 0);
    const posting = !this.postingsDeferred;
    const place = this.place(cv.comune, cv.mobilityRadiusKm);
    if (posting) this.placePostings.update(row, fresh ? NO_TERMS : [this.placeOf(row)], [place]);
    const radiusClassOf = radiusClass(cv.mobilityRadiusKm);
    if (cv.mobilityRadiusKm > this.classMaxRadiusKm[radiusClassOf]!)
      this.classMaxRadiusKm[radiusClassOf] = cv.mobilityRadiusKm;
    this.cvNetwork[row] = cv.network;
    this.cvRadius[row] = cv.mobilityRadiusKm;
    this.cvEqf[row] = cv.eqfLevel;
    this.cvLicences[row] = cv.licences;
    this.cvGroups[row] = cv.targetGroups;
    const experiences = cv.experiences.flatMap((e) => [e.occupation, e.months]);
    if (posting) {
      // A fresh row, new or left by a removed CV, is listed nowhere.
      this.skillPostings.update(row, fresh ? NO_TERMS : this.cvSkills.get(row), cv.skills);
      this.occupationPostings.update(
        row,
        fresh ? NO_TERMS : this.postedOccupations(row),
        postedOccupations(cv.occupations, experiences),
      );
    }
    this.cvComune[row] = cv.comune;
    this.cvPlace[row] = place;
    this.cvSkills.set(row, cv.skills, rows);
    this.cvOccupations.set(row, cv.occupations, rows);
    this.cvExperiences.set(row, experiences, rows);
    this.cvLanguages.set(
      row,
      cv.languages.map((l) => (l.language << LEVEL_BITS) | l.level),
      rows,
    );
    if (posting && (this.skillPostings.stale || this.occupationPostings.stale || this.placePostings.stale))
      this.rebuildPostings();
  }

  /**
   * For a bulk load: the CVs upserted from now on are left out of the postings until the
   * {@link clusterCvRows} that ends the load lists them all at once, each list at its exact size.
   * Until then, queries do not see them.
   */
  deferPostings(): void {
    this.postingsDeferred = true;
  }

  private place(comune: number, radiusKm: number): number {
    return comune * RADIUS_CLASSES + radiusClass(radiusKm);
  }

  private placeOf(row: number): number {
    return this.cvPlace[row]!;
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
    this.placePostings.update(row, [this.placeOf(row)], []);
    for (const list of this.cvLists) list.set(row, [], this.cvRows.extent);
  }

  /**
   * Renumbers the CV rows so that citizens of the same first sought occupation are neighbours, and
   * drops free rows. A vacancy meets its candidates mostly through the postings of its occupation
   * and of that occupation's skills: clustered, they read a few runs of each column rather than the
   * whole of it at random. Rankings do not depend on row numbers (ties go by key). For after a bulk
   * load.
   */
  clusterCvRows(): void {
    const extent = this.cvRows.extent;
    const none = this.occupationCount;
    const occupations = this.cvOccupations;
    const firstOccupation = (row: number) =>
      occupations.length[row] === 0 ? none : Math.min(none, occupations.pool[occupations.start[row]!]!);
    const ends = new Int32Array(none + 2);
    const live = (row: number) => this.cvFlags[row] !== 0;
    for (let row = 0; row < extent; row++) if (live(row)) ends[firstOccupation(row) + 1]!++;
    for (let o = 1; o < ends.length; o++) ends[o]! += ends[o - 1]!;
    const order = new Int32Array(ends[none + 1]!);
    for (let row = 0; row < extent; row++) if (live(row)) order[ends[firstOccupation(row)]!++] = row;

    this.replaceCvColumns((column) => permuted(column, order));
    for (const list of this.cvLists) list.permute(order);
    this.cvRows.permute(order);
    this.postingsDeferred = false;
    this.rebuildPostings();
    this.met.fill(0);
    this.stamp = 0;
  }

  /** Replaces each per-row column of the CVs by `change` of it (grown, or permuted). */
  private replaceCvColumns(change: <T extends CvColumn>(column: T) => T): void {
    this.cvFlags = change(this.cvFlags);
    this.cvNetwork = change(this.cvNetwork);
    this.cvComune = change(this.cvComune);
    this.cvRadius = change(this.cvRadius);
    this.cvEqf = change(this.cvEqf);
    this.cvLicences = change(this.cvLicences);
    this.cvGroups = change(this.cvGroups);
    this.cvPlace = change(this.cvPlace);
  }

  private nextStamp(): number {
    if (this.stamp === STAMPS) {
      this.met.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  private rebuildPostings(): void {
    const rows = this.cvRows.extent;
    const { cvFlags, cvSkills, cvOccupations, cvExperiences } = this;
    this.skillPostings.rebuild(rows, (row, visit) => {
      if (cvFlags[row] === 0) return;
      const from = cvSkills.start[row]!;
      for (let p = from; p < from + cvSkills.length[row]!; p++) visit(cvSkills.pool[p]!);
    });
    // As `postedOccupations`, without building its list.
    this.occupationPostings.rebuild(rows, (row, visit) => {
      if (cvFlags[row] === 0) return;
      const { pool: occupations } = cvOccupations;
      const oFrom = cvOccupations.start[row]!;
      const oTo = oFrom + cvOccupations.length[row]!;
      for (let p = oFrom; p < oTo; p++) visit(occupations[p]!);
      const { pool: experiences } = cvExperiences;
      const eFrom = cvExperiences.start[row]!;
      const eTo = eFrom + cvExperiences.length[row]!;
      next: for (let p = eFrom; p < eTo; p += 2) {
        const o = experiences[p]!;
        for (let q = oFrom; q < oTo; q++) if (occupations[q] === o) continue next;
        for (let q = eFrom; q < p; q += 2) if (experiences[q] === o) continue next;
        visit(o);
      }
    });
    this.placePostings.rebuild(rows, (row, visit) => {
      if (cvFlags[row] !== 0) visit(this.placeOf(row));
    });
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
      for (const list of [this.vEssential, this.vOptional, this.vLanguages]) list.ensureRows(rows);
    }
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
   * The best citizens for a vacancy (which need not be in the index), met tier by tier through the
   * postings: those declaring a required skill, those of a related occupation, those with a related
   * skill; the rest are scanned comune by comune only when they could still enter the top k. The
   * postings bound each candidate's score, and candidates are scored best bound first, so the bar
   * rises fast.
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
      this.boundPlaces(radiusTenths);
    }
    const placeBound = this.placeBound;
    const levels = this.occupationLevels;
    const isco = ref.occupationIsco;
    const vIsco = isco[v.occupation]!;
    for (let o = 0; o < this.occupationCount; o++)
      levels[o] = occupationLevel(isco[o]!, vIsco, o === v.occupation);

    const essentialCount = v.essentialSkills.length;
    const required = [...v.essentialSkills, ...v.optionalSkills];
    const optionalCount = required.length - essentialCount;
    const requiredSkills = this.requiredSkills;
    requiredSkills.prepare(
      v.essentialSkills,
      v.optionalSkills,
      ref.relatedSkills.length,
      this.occupationCount,
    );
    const skillPoints = (essentialHalfUnits: number, optionalHalfUnits: number) =>
      essentialSkillPoints(essentialHalfUnits, essentialCount) +
      optionalSkillPoints(optionalHalfUnits, optionalCount);

    this.met = grown(this.met, rows);
    this.batch = grown(this.batch, rows);
    this.batchPartial = grown(this.batchPartial, rows);
    this.sorted = grown(this.sorted, rows);
    this.sortedPartial = grown(this.sortedPartial, rows);
    const { met, batch, batchPartial, sorted, sortedPartial } = this;
    const stamp = this.nextStamp();
    const stamped = stamp << STAMP_SHIFT;

    const languages = v.languages;
    const licencesRequired = bitCount(v.licences);
    const eduMin = v.minEqfLevel;
    const monthsMin = v.minExperienceMonths;
    const partTime = v.partTime;
    const shifts = v.shifts;
    const { cvFlags, cvNetwork, cvComune, cvRadius, cvEqf, cvLicences, cvGroups, cvPlace } = this;
    const skills = this.cvSkills;
    const occupations = this.cvOccupations;
    const experiences = this.cvExperiences;
    const cvLanguages = this.cvLanguages;

    const bar = () => Math.max(minScore, top.floor);

    // A candidate's score; -1 for whoever the vacancy cannot rank or cannot reach the bar with at
    // most `skillCap` skill points and occupation level `levelCap`. Without `credited`, the skill
    // points are `skillCap`. Its fixed-size fields come first; its lists, the costlier to read and
    // to credit, once those leave it a chance.
    const scoreOf = (i: number, skillCap: number, levelCap: number, credited: boolean): number => {
      const f = cvFlags[i]!;
      if ((f & need) !== need || cvNetwork[i] !== v.network) return -1;
      if (groups !== undefined && (cvGroups[i]! & groups) === 0) return -1;
      let d = 0;
      if (!remote) {
        d = distance[cvComune[i]!]!;
        if (d > radiusTenths) return -1;
      }
      let others =
        distancePoints(remote, d, cvRadius[i]!) +
        availabilityPoints(
          (f & (partTime ? CV_PART_TIME : CV_FULL_TIME)) !== 0,
          !shifts || (f & CV_SHIFTS) !== 0,
        ) +
        educationPoints(cvEqf[i]!, eduMin) +
        licencePoints(bitCount(cvLicences[i]! & v.licences), licencesRequired);
      if (others + occupationPoints(levelCap) + skillCap + FULL.languages + FULL.experience < bar())
        return -1;
      const oPool = occupations.pool;
      const oStart = occupations.start[i]!;
      const oEnd = oStart + occupations.length[i]!;
      let level = 0;
      for (let p = oStart; p < oEnd; p++) {
        const l = levels[oPool[p]!]!;
        if (l > level) level = l;
      }
      others += occupationPoints(level);
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
      others += languagePoints(languageHalfUnits, languages.length) + experiencePoints(months, monthsMin);
      if (others + skillCap < bar()) return -1;
      if (!credited) return others + skillCap;
      const sStart = skills.start[i]!;
      requiredSkills.credit(skills.pool, sStart, sStart + skills.length[i]!, oPool, oStart, oEnd);
      return others + skillPoints(requiredSkills.essentialHalfUnits, requiredSkills.optionalHalfUnits);
    };

    const offer = (i: number, score: number): void => {
      if (score >= minScore) top.offer(i, score);
    };

    /** Appends the rows of a posting list not met before to the batch; returns its new size. */
    const meet = (postings: Postings, term: number, count: number): number => {
      const list = postings.rows(term);
      const size = postings.size(term);
      for (let n = 0; n < size; n++) {
        const i = list[n]!;
        if (met[i]! >>> STAMP_SHIFT === stamp) continue;
        met[i] = stamped;
        batch[count++] = i;
      }
      return count;
    };

    // Scores of the batch, then a counting sort by them, and the candidates offered best first
    // while they can reach the bar.
    const rank = (count: number, skillCap: number): void => {
      let kept = 0;
      for (let n = 0; n < count; n++) {
        const i = batch[n]!;
        const score = scoreOf(i, skillCap, 0, true);
        if (score < 0) continue;
        batch[kept] = i;
        batchPartial[kept++] = score;
      }
      this.byDecreasing(kept);
      for (let n = 0; n < kept; n++) {
        if (sortedPartial[n]! < bar()) break;
        offer(sorted[n]!, sortedPartial[n]!);
      }
    };

    // The lists crediting each required skill position, read as in MaxScore: smallest first, each
    // while a citizen met by none of the lists read so far (so credited at most by the positions
    // left) could still reach the bar, `others` being all but skill points. False when the lists
    // left were skipped: nobody else can enter the top k.
    const readPositions = (
      lists: readonly (readonly [Postings, number])[][],
      others: number,
      skillCap: number,
    ): boolean => {
      const sizes = lists.map((terms) =>
        terms.reduce((sum, [postings, term]) => sum + postings.size(term), 0),
      );
      const order = lists.map((_, j) => j).sort((a, b) => sizes[a]! - sizes[b]!);
      let essentialLeft = essentialCount;
      let optionalLeft = optionalCount;
      for (const j of order) {
        if (others + skillPoints(essentialLeft, optionalLeft) < bar()) return false;
        let count = 0;
        for (const [postings, term] of lists[j]!) count = meet(postings, term, count);
        rank(count, skillCap);
        if (j < essentialCount) essentialLeft--;
        else optionalLeft--;
      }
      return true;
    };

    const allSkills = MAX_SCORE - FULL.essentialSkills - FULL.optionalSkills;
    // Nobody below the vacancy's ISCO unit group has months of experience in it (past jobs are
    // posted under their occupations too).
    const otherPoints = (level: number) =>
      allSkills -
      FULL.occupation +
      occupationPoints(level) -
      (level >= 2 ? 0 : FULL.experience - experiencePoints(0, monthsMin));
    // The bound of every tally (see `STAMP_SHIFT`), from a table: each declared skill earns full
    // credit, a saturated count stands for all the vacancy's skills of its kind.
    const levelBound = Int32Array.from({ length: 4 }, (_, level) => otherPoints(level));
    const declaredBound = Int32Array.from({ length: (essentialCount + 1) * (optionalCount + 1) }, (_, x) =>
      skillPoints(
        essentialCount + Math.trunc(x / (optionalCount + 1)),
        optionalCount + (x % (optionalCount + 1)),
      ),
    );
    const declared = (field: number, all: number) => (field === SKILL_FIELD ? all : Math.min(field, all));
    const tallyBound = this.tallyBound;
    for (let t = 0; t < tallyBound.length; t++)
      tallyBound[t] =
        levelBound[t & LEVEL_TALLY]! +
        declaredBound[
          declared((t >>> ESSENTIAL_SHIFT) & SKILL_FIELD, essentialCount) * (optionalCount + 1) +
            declared((t >>> OPTIONAL_SHIFT) & SKILL_FIELD, optionalCount)
        ]!;

    // First tier: citizens declaring a required skill or holding a related occupation. The postings
    // give each one's tally: its count of declared required skills (one not declared earns at most
    // half credit) and occupation level, which bound the score (a stale entry only raises the
    // bound). A list adds the rows it meets to the batch (`admit`) or only tallies them.
    const tally = (list: FirstTierList, admit: boolean, count: number): number => {
      const postings = list.skill ? this.skillPostings : this.occupationPostings;
      const rows = postings.rows(list.term);
      const size = postings.size(list.term);
      const { skill, value } = list;
      const field = SKILL_FIELD * value;
      for (let n = 0; n < size; n++) {
        const i = rows[n]!;
        const t = met[i]!;
        if (t >>> STAMP_SHIFT !== stamp) {
          met[i] = stamped | value;
          if (admit) batch[count++] = i;
        } else if (skill) {
          if ((t & field) !== field) met[i] = t + value;
        } else if ((t & LEVEL_TALLY) < value) met[i] = (t & ~LEVEL_TALLY) | value;
      }
      return count;
    };
    // Candidates scored by decreasing bound while it can reach the bar. Each bound takes in the
    // candidate's place too, and those below the bar leave before the sort.
    const scoreByBound = (count: number): void => {
      let kept = 0;
      const floor = bar();
      for (let n = 0; n < count; n++) {
        const i = batch[n]!;
        let bound = tallyBound[met[i]! & TALLY_MASK]!;
        if (bound < floor) continue;
        if (!remote) {
          bound += placeBound[cvPlace[i]!]!;
          if (bound < floor) continue;
        }
        batch[kept] = i;
        batchPartial[kept++] = bound;
      }
      this.byDecreasing(kept);
      for (let n = 0; n < kept; n++) {
        if (sortedPartial[n]! < bar()) break;
        const i = sorted[n]!;
        const t = met[i]! & TALLY_MASK;
        const level = t & LEVEL_TALLY;
        const score = scoreOf(i, tallyBound[t]! - levelBound[level]!, level, true);
        if (score >= 0) offer(i, score);
      }
    };

    // The lists strongest first, read as in MaxScore: once the strongest have given candidates
    // enough to set a bar, a weaker list whose rows met nowhere else cannot reach it only tallies.
    const lists: FirstTierList[] = required.map((term, j) => ({
      skill: true,
      term,
      value: j < essentialCount ? ESSENTIAL_TALLY : OPTIONAL_TALLY,
      size: this.skillPostings.size(term),
    }));
    for (let o = 0; o < this.occupationCount; o++)
      if (levels[o]! > 0)
        lists.push({ skill: false, term: o, value: levels[o]!, size: this.occupationPostings.size(o) });
    const reach = (list: FirstTierList) => tallyBound[list.value]!;
    lists.sort((a, b) => reach(b) - reach(a) || a.size - b.size);
    let count = 0;
    let read = 0;
    while (read < lists.length && count < this.probeCandidates) count = tally(lists[read++]!, true, count);
    if (read < lists.length) {
      // The probe's first candidates, scored on tallies still partial (so with no bound of their
      // own), set the bar and leave the batch.
      const probe = this.probeCandidates;
      for (let n = 0; n < probe; n++) {
        const score = scoreOf(batch[n]!, FULL.essentialSkills + FULL.optionalSkills, LEVEL_TALLY, true);
        if (score >= 0) offer(batch[n]!, score);
      }
      batch.copyWithin(0, probe, count);
      count -= probe;
      const weaker = lists.slice(read);
      const tallyOnly = this.belowBar(weaker, bar());
      for (const list of weaker) if (!tallyOnly.has(list)) count = tally(list, true, count);
      for (const list of tallyOnly) count = tally(list, false, count);
    }
    scoreByBound(count);

    // Second tier: citizens with a related skill, or an occupation listing a required skill. Nobody
    // left declares a required skill or has a related occupation.
    const unrelated = otherPoints(0);
    const halfCredit = skillPoints(essentialCount, optionalCount);
    if (bar() > unrelated + halfCredit) return top.result();
    const related = required.map((s) => [
      ...(ref.relatedSkills[s] ?? []).map((t) => [this.skillPostings, t] as const),
      ...(this.skillOccupations[s] ?? []).map((o) => [this.occupationPostings, o] as const),
    ]);
    if (!readPositions(related, unrelated, halfCredit)) return top.result();

    // Whoever the postings did not meet earns no skill credit.
    const noCredit = skillPoints(0, 0);
    const unmetBound = unrelated + noCredit;
    if (bar() > unmetBound) return top.result();
    const consider = (i: number) => {
      const score = scoreOf(i, noCredit, 0, false);
      if (score >= 0) offer(i, score);
    };
    if (remote) {
      for (let i = 0; i < rows; i++) if (met[i]! >>> STAMP_SHIFT !== stamp) consider(i);
      return top.result();
    }
    // Place by place, best bound first: the largest radius of a place's class bounds the distance
    // points of everyone in it.
    const places = this.placesByBound(unmetBound);
    for (let n = 0; n < places.length; n += 2) {
      if (places[n + 1]! < bar()) break;
      const p = places[n]!;
      const list = this.placePostings.rows(p);
      const size = this.placePostings.size(p);
      for (let m = 0; m < size; m++) {
        const i = list[m]!;
        if (met[i]! >>> STAMP_SHIFT === stamp) continue;
        met[i] = stamped;
        consider(i);
      }
    }
    return top.result();
  }

  /**
   * Of a vacancy's weaker first-tier lists, those whose rows, if met by no other list, cannot reach
   * `bar` (the current tally bounds): the related occupations up to some level and the largest
   * lists of each kind of skill, chosen to cover the most entries.
   */
  private belowBar(lists: readonly FirstTierList[], bar: number): Set<FirstTierList> {
    const largestFirst = (a: FirstTierList, b: FirstTierList) => b.size - a.size;
    const essential = lists.filter((l) => l.skill && l.value === ESSENTIAL_TALLY).sort(largestFirst);
    const optional = lists.filter((l) => l.skill && l.value === OPTIONAL_TALLY).sort(largestFirst);
    const occupations = lists.filter((l) => !l.skill);
    const sizesUpTo = (sorted: FirstTierList[]) => {
      const sums = [0];
      for (const l of sorted) sums.push(sums.at(-1)! + l.size);
      return sums;
    };
    const essentialSums = sizesUpTo(essential);
    const optionalSums = sizesUpTo(optional);
    const levelSums = [0, 0, 0, 0];
    for (const l of occupations)
      for (let level = l.value; level <= LEVEL_TALLY; level++) levelSums[level]! += l.size;
    let covered = 0;
    let best = [0, 0, 0];
    for (let level = 0; level <= LEVEL_TALLY; level++)
      for (let e = 0; e <= essential.length; e++)
        for (let o = 0; o <= optional.length; o++) {
          const tally =
            level |
            (Math.min(e, SKILL_FIELD) << ESSENTIAL_SHIFT) |
            (Math.min(o, SKILL_FIELD) << OPTIONAL_SHIFT);
          if (this.tallyBound[tally]! >= bar) break;
          const entries = levelSums[level]! + essentialSums[e]! + optionalSums[o]!;
          if (entries > covered) {
            covered = entries;
            best = [level, e, o];
          }
        }
    const [level, e, o] = best as [number, number, number];
    return new Set([
      ...occupations.filter((l) => l.value <= level),
      ...essential.slice(0, e),
      ...optional.slice(0, o),
    ]);
  }

  /**
   * Sorts the first `count` entries of the batch by decreasing value (a counting sort: values are
   * points) into `sorted` (the rows) and `sortedPartial`.
   */
  private byDecreasing(count: number): void {
    const { batch, batchPartial, sorted, sortedPartial, partialCounts } = this;
    partialCounts.fill(0);
    for (let n = 0; n < count; n++) partialCounts[MAX_SCORE - batchPartial[n]! + 1]!++;
    for (let b = 1; b < partialCounts.length; b++) partialCounts[b]! += partialCounts[b - 1]!;
    for (let n = 0; n < count; n++) {
      const at = partialCounts[MAX_SCORE - batchPartial[n]!]!++;
      sorted[at] = batch[n]!;
      sortedPartial[at] = batchPartial[n]!;
    }
  }

  /**
   * For a vacancy not remote, each place's bound on its citizens' distance points (its radius
   * class's largest radius), less the full points; `BEYOND_RADIUS` beyond the query's radius. From
   * the vacancy's distances (`distance`).
   */
  private boundPlaces(radiusTenths: number): void {
    const { distance, placeBound } = this;
    for (let c = 0; c < distance.length; c++) {
      const d = distance[c]!;
      for (let k = 0; k < RADIUS_CLASSES; k++)
        placeBound[c * RADIUS_CLASSES + k] =
          d > radiusTenths
            ? BEYOND_RADIUS
            : distancePoints(false, d, this.classMaxRadiusKm[k]!) - FULL.distance;
    }
  }

  /**
   * The places where some CV lives, within the radius, as pairs of place and bound (`bound` with
   * the place's best distance points, from `boundPlaces`), best bound first.
   */
  private placesByBound(bound: number): Int32Array {
    const found: number[] = [];
    for (let first = 0; first < this.placeBound.length; first += RADIUS_CLASSES) {
      // A comune's classes are all beyond the radius or none is.
      if (this.placeBound[first] === BEYOND_RADIUS) continue;
      for (let p = first; p < first + RADIUS_CLASSES; p++)
        if (this.placePostings.size(p) > 0) found.push(p, bound + this.placeBound[p]!);
    }
    const order = Array.from({ length: found.length / 2 }, (_, n) => n).sort(
      (a, b) => found[2 * b + 1]! - found[2 * a + 1]!,
    );
    return Int32Array.from(order.flatMap((n) => [found[2 * n]!, found[2 * n + 1]!]));
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
