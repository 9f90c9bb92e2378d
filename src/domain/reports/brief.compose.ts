/**
 * Compose the work brief from what the server gathered: figures as the catalogue's sentences
 * (zero and unsupported figures left out), each with a footnote tracing it to its records;
 * dated photo captions; consented quotes. Pure: no I/O, the same input gives the same brief.
 */
import { INDICATORS, indicatorById } from '../indicators/catalogue.js';
import { translate, type Locale } from '../messages/i18n.js';
import { MEASURES, type Measure } from '../measures.js';
import {
  BRIEF_LIMITS,
  type Brief,
  type BriefFigure,
  type BriefPhoto,
  type BriefQuery,
  type BriefQuote,
  type BriefSection,
} from './brief.schema.js';

/** A figure as the indicator service gives it. */
export interface BriefValue {
  readonly id: string;
  readonly value: number | null;
  readonly display: string | null;
  readonly drill: { readonly path: string; readonly query: Readonly<Record<string, string>> };
}

export interface BriefPhotoSource {
  readonly photoId: string;
  readonly activityId: string;
  readonly sha256: string;
  readonly mime: string;
  readonly date: string;
  readonly text: string;
  readonly measure: Measure;
}

export interface BriefStorySource {
  readonly storyId: string;
  readonly quote: string;
  readonly speaker: string;
  readonly villageName: string;
  readonly saidOn: string;
  /** The measure of the records the story speaks of, or null. */
  readonly measure: Measure | null;
}

export interface BriefSources {
  readonly query: BriefQuery;
  readonly regionName: string | null;
  readonly unitName: string | null;
  readonly values: readonly BriefValue[];
  readonly photos: readonly BriefPhotoSource[];
  readonly stories: readonly BriefStorySource[];
  /** The day the brief is made (YYYY-MM-DD). */
  readonly today: string;
}

/** Program-wide figures opening the brief. */
const HEADLINE_IDS = ['households_exited', 'pairing_coverage'] as const;

/**
 * The indicators a brief writes: every measure's, and the headline ones. The moment counts of
 * recent visits are left out: they describe today, not the period.
 */
export const BRIEF_INDICATOR_IDS: readonly string[] = INDICATORS.filter(
  (d) => d.measure !== null || (HEADLINE_IDS as readonly string[]).includes(d.id),
).map((d) => d.id);

/** "120.50" → "120.5", "120.00" → "120": a brief does not write trailing zeros. */
export function trimDisplay(display: string): string {
  return display.includes('.') ? display.replace(/\.?0+$/, '') : display;
}

function capitalized(locale: Locale, text: string): string {
  return locale === 'en' && text.length > 0 ? text[0]?.toUpperCase() + text.slice(1) : text;
}

function regionText(s: BriefSources, locale: Locale): string {
  if (!s.query.region) {
    return translate(locale, 'brief.scope_all');
  }
  const name = s.regionName ?? s.query.region;
  return translate(locale, 'brief.region_named', { name, code: s.query.region });
}

function unitText(s: BriefSources, locale: Locale): string {
  return s.query.unit ? (s.unitName ?? s.query.unit) : translate(locale, 'brief.unit_all');
}

function drillText(v: BriefValue): string {
  const query = new URLSearchParams({ ...v.drill.query }).toString();
  return query ? `${v.drill.path}?${query}` : v.drill.path;
}

/** A figure worth writing, or null when it is zero, negative or could not be counted. */
export function figureOf(s: BriefSources, v: BriefValue): BriefFigure | null {
  const locale = s.query.lang;
  if (v.value === null || v.display === null || v.value <= 0 || !indicatorById(v.id)) {
    return null;
  }
  const display = trimDisplay(v.display);
  const name = translate(locale, `indicator.${v.id}.name`);
  return {
    indicatorId: v.id,
    name,
    value: v.value,
    display,
    sentence: translate(locale, `indicator.${v.id}.sentence`, { value: display }),
    footnote: translate(locale, 'brief.footnote', {
      name,
      id: v.id,
      from: s.query.from,
      to: s.query.to,
      region: regionText(s, locale),
      unit: unitText(s, locale),
      drill: drillText(v),
    }),
  };
}

function quoteOf(locale: Locale, story: BriefStorySource): BriefQuote {
  return {
    storyId: story.storyId,
    text: story.quote,
    attribution: translate(locale, 'brief.quote_by', {
      name: story.speaker,
      village: story.villageName,
      date: story.saidOn,
    }),
  };
}

function photoOf(locale: Locale, photo: BriefPhotoSource): BriefPhoto {
  return {
    photoId: photo.photoId,
    activityId: photo.activityId,
    sha256: photo.sha256,
    mime: photo.mime,
    caption: translate(locale, 'brief.photo_caption', { date: photo.date, text: photo.text }),
  };
}

function capitalizeFirst(locale: Locale, figures: BriefFigure[]): BriefFigure[] {
  return figures.map((f, i) => (i === 0 ? { ...f, sentence: capitalized(locale, f.sentence) } : f));
}

function measureSection(s: BriefSources, measure: Measure, figures: BriefFigure[]): BriefSection {
  const locale = s.query.lang;
  const mine = figures.filter((f) => indicatorById(f.indicatorId)?.measure === measure);
  return {
    measure,
    heading: translate(locale, `brief.section.${measure}`),
    figures: capitalizeFirst(locale, mine),
    emptyNote: mine.length === 0 ? translate(locale, 'brief.section_empty') : null,
    photos: s.photos.filter((p) => p.measure === measure).map((p) => photoOf(locale, p)),
    quotes: s.stories
      .filter((q) => q.measure === measure)
      .slice(0, BRIEF_LIMITS.quotesPerSection)
      .map((q) => quoteOf(locale, q)),
  };
}

/** Stories not placed in a measure's section (no measure, or that section is full). */
function voicesSection(s: BriefSources, placed: ReadonlySet<string>): BriefSection | null {
  const locale = s.query.lang;
  const rest = s.stories.filter((q) => !placed.has(q.storyId)).slice(0, BRIEF_LIMITS.quotesGeneral);
  if (rest.length === 0) {
    return null;
  }
  return {
    measure: null,
    heading: translate(locale, 'brief.section.voices'),
    figures: [],
    emptyNote: null,
    photos: [],
    quotes: rest.map((q) => quoteOf(locale, q)),
  };
}

function notesOf(locale: Locale, figures: readonly BriefFigure[]): string[] {
  const ids = [...new Set(figures.map((f) => f.indicatorId))];
  return ids.map((id) =>
    translate(locale, 'brief.note_line', {
      name: translate(locale, `indicator.${id}.name`),
      id,
      definition: translate(locale, `indicator.${id}.definition`),
    }),
  );
}

/** The brief as data, in the query's language. */
export function composeBrief(s: BriefSources): Brief {
  const locale = s.query.lang;
  const figures = s.values.map((v) => figureOf(s, v)).filter((f): f is BriefFigure => f !== null);
  const headline = figures.filter((f) =>
    (HEADLINE_IDS as readonly string[]).includes(f.indicatorId),
  );
  const sections = MEASURES.map((m) => measureSection(s, m, figures));
  const placed = new Set(sections.flatMap((sec) => sec.quotes.map((q) => q.storyId)));
  const voices = voicesSection(s, placed);
  const scope = s.query.region
    ? (s.regionName ?? s.query.region)
    : translate(locale, 'brief.scope_all');
  const used = [...headline, ...sections.flatMap((sec) => sec.figures)];
  return {
    lang: locale,
    title: translate(locale, 'brief.title', { scope }),
    subtitle: translate(locale, 'brief.subtitle', {
      from: s.query.from,
      to: s.query.to,
      region: regionText(s, locale),
      unit: unitText(s, locale),
    }),
    summaryIntro: translate(locale, 'brief.summary_intro', {
      from: s.query.from,
      to: s.query.to,
      scope,
    }),
    summary: capitalizeFirst(locale, headline),
    sections: voices ? [...sections, voices] : sections,
    notesHeading: translate(locale, 'brief.notes'),
    notes: notesOf(locale, used),
    closing: translate(locale, 'brief.closing', { date: s.today }),
    join: translate(locale, 'brief.join'),
    end: translate(locale, 'brief.end'),
  };
}
