/** Italian driving licence categories, one bit each. */
export const LICENCES = [
  'AM',
  'A1',
  'A2',
  'A',
  'B1',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
] as const;

export type Licence = (typeof LICENCES)[number];

/** Categories a holder of the key category may also drive, or necessarily holds (B for C1 and D1). */
const IMPLIES: Record<Licence, readonly Licence[]> = {
  AM: [],
  A1: ['AM'],
  A2: ['A1'],
  A: ['A2'],
  B1: ['AM'],
  B: ['B1'],
  BE: ['B'],
  C1: ['B'],
  C1E: ['C1', 'BE'],
  C: ['C1'],
  CE: ['C', 'C1E'],
  D1: ['B'],
  D1E: ['D1', 'BE'],
  D: ['D1'],
  DE: ['D', 'D1E'],
};

const bit = (l: Licence) => 1 << LICENCES.indexOf(l);

function closure(l: Licence, into: Set<Licence>) {
  if (into.has(l)) return;
  into.add(l);
  for (const lower of IMPLIES[l]) closure(lower, into);
}

/** The bit mask of the given categories: unknown codes are ignored. */
export function licenceMask(codes: readonly string[]): number {
  let mask = 0;
  for (const code of codes) if ((LICENCES as readonly string[]).includes(code)) mask |= bit(code as Licence);
  return mask;
}

/** A holder's mask, with every category the held ones imply. */
export function heldLicenceMask(codes: readonly string[]): number {
  const all = new Set<Licence>();
  for (const code of codes) if ((LICENCES as readonly string[]).includes(code)) closure(code as Licence, all);
  return licenceMask([...all]);
}

export function licenceCodes(mask: number): Licence[] {
  return LICENCES.filter((l) => (mask & bit(l)) !== 0);
}

export function bitCount(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
