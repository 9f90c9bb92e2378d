/**
 * The work brief as a Word document (.docx): A4, headings, a real footnote per figure, photos
 * (at most 1200 px, JPEG) with dated captions, quotes as block quotes, and a closing "数据说明".
 * East Asian text is set in SimSun (宋体), headings in SimHei (黑体), so Word and WPS show it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { extensionOf } from '../../domain/activities/image-sniff.js';
import type { PhotoMime } from '../../domain/activities/photo.schema.js';
import type {
  Brief,
  BriefFigure,
  BriefPhoto,
  BriefSection,
} from '../../domain/reports/brief.schema.js';
import { photoPath } from '../activities/photo-store.js';

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei' };
/** Largest side of an embedded photo, in pixels. */
const MAX_PIXELS = 1200;
/** Width of a photo on the page, in pixels at 96 dpi (A4 text width is about 600). */
const SHOWN_WIDTH = 480;

/** A photo read from the data directory, resized and re-encoded; null when its file is gone. */
async function photoImage(dataDir: string, photo: BriefPhoto) {
  const path = photoPath(dataDir, photo.sha256, extensionOf(photo.mime as PhotoMime));
  const original = await readFile(path).catch(() => null);
  if (!original) {
    return null;
  }
  const { data, info } = await sharp(original)
    .rotate()
    .resize({ width: MAX_PIXELS, height: MAX_PIXELS, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 82 })
    .toBuffer({ resolveWithObject: true });
  const scale = Math.min(1, SHOWN_WIDTH / info.width);
  return {
    data,
    width: Math.round(info.width * scale),
    height: Math.round(info.height * scale),
  };
}

async function photoParagraphs(dataDir: string, photos: readonly BriefPhoto[]) {
  const out: Paragraph[] = [];
  for (const photo of photos) {
    const image = await photoImage(dataDir, photo);
    if (!image) {
      continue;
    }
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120 },
        children: [
          new ImageRun({
            type: 'jpg',
            data: image.data,
            transformation: { width: image.width, height: image.height },
            altText: { name: photo.photoId, description: photo.caption, title: photo.caption },
          }),
        ],
      }),
      new Paragraph({ style: 'Caption', alignment: AlignmentType.CENTER, text: photo.caption }),
    );
  }
  return out;
}

/** One paragraph of figures: each sentence followed by its footnote. */
function figureParagraph(brief: Brief, figures: readonly BriefFigure[]): Paragraph {
  const children = figures.flatMap((f, i) => [
    new TextRun(f.sentence),
    new FootnoteReferenceRun({ children: [new Paragraph(f.footnote)] }),
    new TextRun(i === figures.length - 1 ? brief.end : brief.join),
  ]);
  return new Paragraph({ style: 'BriefBody', children });
}

function quoteParagraphs(section: BriefSection): Paragraph[] {
  return section.quotes.flatMap((q) => [
    new Paragraph({ style: 'BriefQuote', children: [new TextRun(`“${q.text}”`)] }),
    new Paragraph({ style: 'BriefQuote', alignment: AlignmentType.RIGHT, text: q.attribution }),
  ]);
}

async function sectionParagraphs(brief: Brief, section: BriefSection, dataDir: string) {
  const body =
    section.figures.length > 0
      ? [figureParagraph(brief, section.figures)]
      : section.emptyNote
        ? [new Paragraph({ style: 'BriefBody', text: section.emptyNote })]
        : [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: section.heading }),
    ...body,
    ...(await photoParagraphs(dataDir, section.photos)),
    ...quoteParagraphs(section),
  ];
}

const STYLES = {
  default: {
    document: { run: { font: BODY_FONT, size: 24 } },
    title: { run: { font: HEADING_FONT, size: 36, bold: true, color: '000000' } },
    heading1: {
      run: { font: HEADING_FONT, size: 30, bold: true, color: '000000' },
      paragraph: { spacing: { before: 360, after: 120 } },
    },
  },
  paragraphStyles: [
    {
      id: 'BriefBody',
      name: 'Brief Body',
      basedOn: 'Normal',
      paragraph: { indent: { firstLine: 480 }, spacing: { line: 360, after: 120 } },
    },
    {
      id: 'BriefQuote',
      name: 'Quote',
      basedOn: 'Normal',
      run: { font: { ...BODY_FONT, eastAsia: 'KaiTi' }, italics: true, color: '404040' },
      paragraph: {
        indent: { left: 720, right: 720 },
        spacing: { after: 60 },
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'A0A0A0', space: 8 } },
      },
    },
  ],
} as const;

/** The .docx of a brief; photos are read from `dataDir`. */
export async function briefDocx(brief: Brief, dataDir: string): Promise<Buffer> {
  const sections: Paragraph[] = [];
  for (const section of brief.sections) {
    sections.push(...(await sectionParagraphs(brief, section, dataDir)));
  }
  const summary = brief.summary.length > 0 ? [figureParagraph(brief, brief.summary)] : [];
  const children = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      text: brief.title,
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      text: brief.subtitle,
    }),
    new Paragraph({ style: 'BriefBody', text: brief.summaryIntro }),
    ...summary,
    ...sections,
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: brief.notesHeading }),
    ...brief.notes.map((line) => new Paragraph({ text: line, bullet: { level: 0 } })),
    new Paragraph({ style: 'BriefBody', spacing: { before: 240 }, text: brief.closing }),
  ];
  const doc = new Document({
    creator: 'bangfu',
    title: brief.title,
    styles: STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1588, right: 1474 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
