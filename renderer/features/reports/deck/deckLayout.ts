import type PptxGenJS from 'pptxgenjs';
import type { PortfolioAggregate } from '@shared/domain/portfolio';
import type { PortfolioSettings } from '@shared/model';
import { formatDate } from '../../../components/format';
import { DECK_COLOURS, deckHex } from './deckStyle';

/** What a deck is made of. */
export interface DeckInput {
  aggregate: PortfolioAggregate;
  settings: PortfolioSettings;
  /** Pilots that get a slide each, in this order. */
  pilotIds: readonly string[];
  /** The logo as a PNG or JPEG data URL (SVG logos are rasterised by the caller); null for none. */
  logo: string | null;
  /** Called after each slide is added: slides done, slides in all. */
  onProgress?: (done: number, total: number) => void;
}

export const MASTER = 'BRANDED';
export const W = 13.333;
export const MARGIN = 0.6;
export const BODY_W = W - 2 * MARGIN;
/** Bars beyond this many would be too thin to read on a slide. */
export const MAX_BARS = 12;

export const FONT = 'Calibri';

/** The branded master every slide uses: accent bar, logo, organisation and date, slide number. */
export function defineMaster(pptx: PptxGenJS, input: DeckInput): void {
  const { branding, organisation, name } = input.settings;
  const accent = deckHex(branding.accentColor);
  const objects: NonNullable<Parameters<PptxGenJS['defineSlideMaster']>[0]['objects']> = [
    { rect: { x: 0, y: 0, w: W, h: 0.12, fill: { color: accent } } },
    {
      text: {
        text: `${organisation || name} · ${formatDate(input.aggregate.today)}`,
        options: {
          x: MARGIN,
          y: 7.0,
          w: 8,
          h: 0.3,
          fontSize: 10,
          color: DECK_COLOURS.muted,
          fontFace: FONT,
        },
      },
    },
  ];
  if (input.logo) {
    objects.push({
      image: {
        x: W - MARGIN - 1.6,
        y: 0.3,
        w: 1.6,
        h: 0.5,
        data: input.logo,
        sizing: { type: 'contain', w: 1.6, h: 0.5 },
      },
    });
  }
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects,
    slideNumber: {
      x: W - MARGIN - 0.6,
      y: 7.0,
      w: 0.6,
      h: 0.3,
      fontSize: 10,
      color: DECK_COLOURS.muted,
      fontFace: FONT,
      align: 'right',
    },
  });
}

/** A slide's title (its finding) and what it plots. */
export function heading(
  slide: PptxGenJS.Slide,
  input: DeckInput,
  title: string,
  subtitle: string,
): void {
  slide.addText(title, {
    x: MARGIN,
    y: 0.35,
    w: BODY_W - (input.logo ? 1.8 : 0),
    h: 0.8,
    fontSize: 26,
    bold: true,
    color: DECK_COLOURS.text,
    fontFace: FONT,
    valign: 'top',
    fit: 'shrink',
  });
  slide.addText(subtitle, {
    x: MARGIN,
    y: 1.15,
    w: BODY_W,
    h: 0.45,
    fontSize: 14,
    color: DECK_COLOURS.muted,
    fontFace: FONT,
    valign: 'top',
  });
}

export const CHART_BOX = { x: MARGIN, y: 1.75, w: BODY_W, h: 5.1 };
export const AXIS = {
  catAxisLabelColor: DECK_COLOURS.muted,
  valAxisLabelColor: DECK_COLOURS.muted,
  catAxisLabelFontSize: 12,
  valAxisLabelFontSize: 12,
  catAxisLabelFontFace: FONT,
  valAxisLabelFontFace: FONT,
  valGridLine: { color: DECK_COLOURS.grid, size: 0.75 },
  catGridLine: { style: 'none' as const },
  showLegend: true,
  legendPos: 'b' as const,
  legendFontSize: 12,
  legendFontFace: FONT,
  legendColor: DECK_COLOURS.text,
};
