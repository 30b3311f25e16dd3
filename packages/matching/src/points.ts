import { type Component, SCALE, WEIGHTS } from './weights.js';

/**
 * The points of each component from plain integers, in tenths. The engine and the reference
 * scorer both call these, so equal facts give equal points.
 */
export const FULL: Readonly<Record<Component, number>> = Object.fromEntries(
  Object.entries(WEIGHTS).map(([c, w]) => [c, w * SCALE]),
) as Record<Component, number>;

/** Share of `required` items met, counted in half units (1 per half-met item, 2 per met one). */
export function sharePoints(full: number, halfUnits: number, required: number): number {
  return required === 0 ? full : Math.round((full * halfUnits) / (2 * required));
}

export const essentialSkillPoints = (halfUnits: number, required: number) =>
  sharePoints(FULL.essentialSkills, halfUnits, required);

export const optionalSkillPoints = (halfUnits: number, required: number) =>
  sharePoints(FULL.optionalSkills, halfUnits, required);

export const languagePoints = (halfUnits: number, required: number) =>
  sharePoints(FULL.languages, halfUnits, required);

export const licencePoints = (held: number, required: number) =>
  sharePoints(FULL.drivingLicences, 2 * held, required);

/** 3 same occupation, 2 same ISCO unit group, 1 same ISCO minor group, 0 otherwise. */
export function occupationLevel(iscoA: number, iscoB: number, same: boolean): number {
  if (same) return 3;
  if (iscoA === iscoB) return 2;
  return Math.trunc(iscoA / 10) === Math.trunc(iscoB / 10) ? 1 : 0;
}

const OCCUPATION_POINTS = [
  0,
  Math.round((FULL.occupation * 3) / 10),
  Math.round((FULL.occupation * 3) / 5),
  FULL.occupation,
];

export const occupationPoints = (level: number) => OCCUPATION_POINTS[level]!;

export function distancePoints(remote: boolean, tenths: number, radiusKm: number): number {
  if (remote) return FULL.distance;
  const radius = radiusKm * 10;
  if (tenths > radius) return 0;
  if (radius === 0) return FULL.distance;
  return Math.round((FULL.distance * (2 * radius - tenths)) / (2 * radius));
}

/** 2 when the level meets the requirement, 1 one level below, 0 otherwise. */
export const levelCredit = (level: number, required: number) =>
  level >= required ? 2 : level === required - 1 ? 1 : 0;

export function educationPoints(eqfLevel: number, minEqfLevel: number): number {
  return minEqfLevel === 0
    ? FULL.education
    : sharePoints(FULL.education, levelCredit(eqfLevel, minEqfLevel), 1);
}

export function experiencePoints(months: number, requiredMonths: number): number {
  if (requiredMonths === 0) return FULL.experience;
  return Math.round((FULL.experience * Math.min(months, requiredMonths)) / requiredMonths);
}

export function availabilityPoints(hoursOk: boolean, shiftsOk: boolean): number {
  return Math.round((FULL.availability * ((hoursOk ? 3 : 0) + (shiftsOk ? 2 : 0))) / 5);
}
