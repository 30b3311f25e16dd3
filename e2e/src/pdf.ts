const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** The title a PDF shows (its Info dictionary): a literal or hex string, in UTF-16 when it starts with a BOM. */
export function pdfTitle(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const ref = /\/Title (\d+) 0 R/.exec(raw)?.[1];
  const value =
    new RegExp(`\\n${ref} 0 obj\\s*(<[0-9A-Fa-f]+>|\\((?:[^()\\\\]|\\\\.)*\\))`).exec(raw)?.[1] ?? '';
  const bytes = value.startsWith('<')
    ? Buffer.from(value.slice(1, -1), 'hex')
    : Buffer.from(
        value
          .slice(1, -1)
          .replace(/\\([0-7]{1,3}|.)/g, (_, c: string) =>
            /^[0-7]+$/.test(c) ? String.fromCharCode(Number.parseInt(c, 8)) : (ESCAPES[c] ?? c),
          ),
        'latin1',
      );
  return bytes[0] === 0xfe && bytes[1] === 0xff
    ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le')
    : bytes.toString('latin1');
}
