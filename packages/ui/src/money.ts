/** Euro as typed in Italy ("600", "600,50") to cents; null when it is not an amount. */
export function euroToCents(value: string): number | null {
  const match = /^(\d{1,7})(?:[,.](\d{1,2}))?$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

/** Cents as one would type them back in a form: "600", "600,50". */
export function centsToEuro(cents: number): string {
  const euro = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest ? `${euro},${String(rest).padStart(2, '0')}` : String(euro);
}
