import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';

const pdfjsDir = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'build');
const screenshotsDir = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
const ORIGIN = 'http://pdf-render.invalid';

export interface RenderedPage {
  width: number;
  height: number;
  /** Share of pixels that are not white (0..1). */
  inked: number;
  /** Distinct colours, roughly: charts add colour to a page of black text. */
  colours: number;
  /** The rightmost column with ink, in pixels (-1 on a blank page): nothing may run past the margin. */
  inkRight: number;
}

/**
 * Renders every page of a PDF to PNG with PDF.js in Chromium (as a browser's PDF viewer would),
 * saves them under e2e/artifacts/screenshots/<name>-<n>.png, and measures how much each one shows.
 */
export async function renderPdf(browser: Browser, pdf: Buffer, name: string): Promise<RenderedPage[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/')
        return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>PDF</title>' });
      if (path === '/document.pdf') return route.fulfill({ contentType: 'application/pdf', body: pdf });
      return route.fulfill({
        contentType: 'text/javascript',
        body: readFileSync(join(pdfjsDir, path.slice(1))),
      });
    });
    await page.goto(`${ORIGIN}/`);
    const pages = await page.evaluate(async (origin) => {
      // A plain import(), out of reach of the test runner's transform of dynamic imports.
      const load = new Function('url', 'return import(url)') as (url: string) => Promise<any>;
      const pdfjs = await load(`${origin}/pdf.min.mjs`);
      pdfjs.GlobalWorkerOptions.workerSrc = `${origin}/pdf.worker.min.mjs`;
      const doc = await pdfjs.getDocument({ url: `${origin}/document.pdf` }).promise;
      const out: {
        png: string;
        width: number;
        height: number;
        inked: number;
        colours: number;
        inkRight: number;
      }[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const pdfPage = await doc.getPage(n);
        const viewport = pdfPage.getViewport({ scale: 1.5 });
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        const context = canvas.getContext('2d')!;
        await pdfPage.render({ canvasContext: context, viewport, canvas }).promise;
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let inked = 0;
        let inkRight = -1;
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
          if (r < 240 || g < 240 || b < 240) {
            inked++;
            inkRight = Math.max(inkRight, (i / 4) % canvas.width);
          }
          colours.add(((r >> 5) << 6) | ((g >> 5) << 3) | (b >> 5));
        }
        out.push({
          png: canvas.toDataURL('image/png'),
          width: canvas.width,
          height: canvas.height,
          inked: inked / (data.length / 4),
          colours: colours.size,
          inkRight,
        });
      }
      return out;
    }, ORIGIN);
    mkdirSync(screenshotsDir, { recursive: true });
    return pages.map((p, i) => {
      writeFileSync(
        join(screenshotsDir, `${name}-${i + 1}.png`),
        Buffer.from(p.png.split(',')[1]!, 'base64'),
      );
      return { width: p.width, height: p.height, inked: p.inked, colours: p.colours, inkRight: p.inkRight };
    });
  } finally {
    await context.close();
  }
}
