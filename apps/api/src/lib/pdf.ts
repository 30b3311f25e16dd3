import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyReply } from 'fastify';
import PDFDocument from 'pdfkit';
import { sendDownload } from './downloads.js';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** The embedded fonts (DejaVu Sans): PDF/UA wants every font in the file, and Italian accents need it. */
export const FONT = { regular: 'Regular', bold: 'Bold' } as const;

export type StructureType = 'H1' | 'H2' | 'P';

/**
 * An A4 tagged PDF (PDF 1.7, language it-IT, the title shown instead of the file name, fonts
 * embedded) and helpers that put each heading and paragraph in the structure tree, so screen
 * readers read the document in order. `done` resolves to the file once `doc.end()` is called.
 */
export function taggedPdf(options: {
  title: string;
  author: string;
  margins: { top: number; bottom: number; left: number; right: number };
}) {
  const doc = new PDFDocument({
    size: 'A4',
    margins: options.margins,
    info: { Title: options.title, Author: options.author },
    lang: 'it-IT',
    tagged: true,
    pdfVersion: '1.7',
    displayTitle: true,
  });
  doc.registerFont(FONT.regular, join(fontDir, 'DejaVuSans.ttf'));
  doc.registerFont(FONT.bold, join(fontDir, 'DejaVuSans-Bold.ttf'));
  doc.font(FONT.regular);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  /** Draws content as one structure element (a heading or a paragraph). */
  const tag = (type: StructureType, draw: () => void) => {
    const element = doc.struct(type, {}, draw);
    doc.addStructure(element);
    element.end();
  };
  /** Draws what carries no content (rules, lines), marked so assistive technology skips it. */
  const decoration = (draw: () => void) => {
    doc.markContent('Artifact', { type: 'Layout' });
    draw();
    doc.endMarkedContent();
  };
  return { doc, done, tag, decoration };
}

/** Sends a generated PDF as a download. */
export const sendPdf = (reply: FastifyReply, name: string, pdf: Buffer) =>
  sendDownload(reply, name, 'application/pdf', pdf);
