/** Render household cards to PDF with pdfmake 0.3 and the Noto Sans SC font (subset, embedded). */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import { CARD_FONT, cardDocument } from '../../domain/cards/card-document.js';
import type { CardView } from '../../domain/cards/card-view.js';
import { startWorker } from '../worker-thread.js';

const require = createRequire(import.meta.url);

/** The font files of @embedpdf/fonts-sc, found through the package resolution, not the cwd. */
function fontPaths(): { regular: string; bold: string } {
  // The package exports only its code (dist/…); the fonts sit beside dist/.
  const root = dirname(dirname(require.resolve('@embedpdf/fonts-sc')));
  return {
    regular: join(root, 'fonts', 'NotoSansHans-Regular.otf'),
    bold: join(root, 'fonts', 'NotoSansHans-Bold.otf'),
  };
}

type Printer = typeof pdfmake;

let printer: Printer | null = null;

/**
 * Our own pdfmake instance, set up once: the card font, no URL fetches, and local reads limited
 * to the two font files (others may configure the shared default instance differently).
 */
function cardPrinter(): Printer {
  if (printer) {
    return printer;
  }
  const fonts = fontPaths();
  const prototype = Object.getPrototypeOf(pdfmake) as { constructor: new () => Printer };
  const PdfMake = prototype.constructor;
  const instance = new PdfMake();
  instance.setFonts({
    [CARD_FONT]: {
      normal: fonts.regular,
      bold: fonts.bold,
      italics: fonts.regular,
      bolditalics: fonts.bold,
    },
  });
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((path) => path === fonts.regular || path === fonts.bold);
  printer = instance;
  return instance;
}

/** From this many cards on, the layout runs in a worker thread so the server keeps answering. */
export const WORKER_MIN_CARDS = 40;

/** The PDF of cards laid out on this thread, one A4 page each, as one buffer. */
export async function renderHere(views: readonly CardView[], title: string): Promise<Buffer> {
  return cardPrinter().createPdf(cardDocument(views, title)).getBuffer();
}

/** The same in a worker thread (pdfmake's layout is synchronous: ~25 ms a page). */
function renderInWorker(views: readonly CardView[], title: string): Promise<Buffer> {
  const worker = startWorker(new URL('./card-pdf.worker', import.meta.url), { views, title });
  return new Promise((resolve, reject) => {
    worker.once('message', (bytes: Uint8Array) => {
      resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      reject(new Error(`the card PDF worker stopped with exit code ${code}`));
    });
  });
}

/** The PDF of cards, one A4 page each; big batches (or `worker: true`) off the main thread. */
export async function renderCardsPdf(
  views: readonly CardView[],
  title: string,
  options: { worker?: boolean } = {},
): Promise<Buffer> {
  const inWorker = options.worker ?? views.length >= WORKER_MIN_CARDS;
  return inWorker ? renderInWorker(views, title) : renderHere(views, title);
}
