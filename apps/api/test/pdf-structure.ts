import { expect } from 'vitest';

/**
 * Checks a PDF is tagged for assistive technology: version 1.7, structure tree with headings and
 * paragraphs, language it-IT, the title displayed, and only embedded TrueType fonts (no standard 14).
 */
export function expectTaggedPdf(pdf: Buffer) {
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-1.7')).toBe(true);
  expect(text).toMatch(/\/StructTreeRoot \d+ 0 R/);
  expect(text).toMatch(/\/MarkInfo \d+ 0 R/);
  expect(text).toContain('/Marked true');
  expect(text).toContain('/Lang (it-IT)');
  expect(text).toMatch(/\/DisplayDocTitle true/);
  expect(text).toMatch(/\/S \/H1/);
  expect(text).toMatch(/\/S \/P/);
  expect(text).toContain('/FontFile2');
  expect(text).not.toContain('/Helvetica');
  expect(text).toMatch(/\/Title \d+ 0 R/);
}
