/** Worker thread: lay out a batch of cards as a PDF and send the bytes back (see card-pdf.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardView } from '../../domain/cards/card-view.js';
import { renderHere } from './card-pdf.js';

const { views, title } = workerData as { views: CardView[]; title: string };
const pdf = await renderHere(views, title);
parentPort?.postMessage(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength));
