import { inflateSync } from 'node:zlib';
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

/**
 * The text a PDF made by pdfkit shows, in reading order: its content streams are inflated and each
 * glyph is mapped back to Unicode through its font's ToUnicode map, so tests can read what it says.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const start = body.indexOf('stream');
    const dict = start < 0 ? body : body.slice(0, start);
    let stream: string | null = null;
    if (start >= 0) {
      const from = body.indexOf('\n', start) + 1;
      const bytes = Buffer.from(body.slice(from, body.lastIndexOf('endstream')), 'latin1');
      stream = (dict.includes('/FlateDecode') ? inflateSync(bytes) : bytes).toString('latin1');
    }
    objects.set(match[1]!, { dict, stream });
  }
  const ref = (dict: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1];
  const cmaps = new Map<string, Map<number, string>>();
  const toUnicode = (fontId: string) => {
    if (cmaps.has(fontId)) return cmaps.get(fontId)!;
    const map = new Map<number, string>();
    const cmap = objects.get(ref(objects.get(fontId)?.dict ?? '', 'ToUnicode') ?? '')?.stream ?? '';
    const chars = (hex: string) =>
      String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, lo, hi, dst] of block[1]!.matchAll(/<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<\w+>)/g)) {
        const low = Number.parseInt(lo!, 16);
        const targets = dst!.startsWith('[')
          ? [...dst!.matchAll(/<([\w ]+)>/g)].map((m) => m[1]!.replace(/ /g, ''))
          : null;
        for (let code = low; code <= Number.parseInt(hi!, 16); code++) {
          const target = targets ? targets[code - low] : null;
          if (target !== undefined)
            map.set(
              code,
              target
                ? chars(target)
                : String.fromCodePoint(Number.parseInt(dst!.slice(1, -1), 16) + code - low),
            );
        }
      }
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, src, dst] of block[1]!.matchAll(/<(\w+)>\s*<(\w+)>/g))
        map.set(Number.parseInt(src!, 16), chars(dst!));
    cmaps.set(fontId, map);
    return map;
  };
  const lines: string[] = [];
  for (const { dict } of objects.values()) {
    if (!/\/Type \/Page\b/.test(dict)) continue;
    const resources = objects.get(ref(dict, 'Resources') ?? '')?.dict ?? dict;
    const fonts = new Map(
      [...(/\/Font <<([^>]*)>>/.exec(resources)?.[1] ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    const content = objects.get(ref(dict, 'Contents') ?? '')?.stream ?? '';
    let font = '';
    for (const [, name, shown] of content.matchAll(/\/(\w+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (name) font = fonts.get(name) ?? '';
      else {
        const map = toUnicode(font);
        lines.push(
          [...shown!.matchAll(/<(\w+)>/g)]
            .map((m) =>
              (m[1]!.match(/.{4}/g) ?? []).map((h) => map.get(Number.parseInt(h, 16)) ?? '').join(''),
            )
            .join(''),
        );
      }
    }
  }
  return lines.join('\n');
}
