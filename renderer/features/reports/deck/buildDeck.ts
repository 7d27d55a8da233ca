import PptxGenJS from 'pptxgenjs';
import { NO_FILTERS, portfolioView } from '@shared/domain/portfolio';
import { defineMaster, type DeckInput } from './deckLayout';
import { deckSlideCount } from './deckSlides';
import { pilotSlide } from './pilotSlide';
import { PORTFOLIO_SLIDES } from './portfolioSlides';

export type { DeckInput } from './deckLayout';

/**
 * The portfolio as a PowerPoint deck: a branded title slide, the portfolio charts as native,
 * editable PowerPoint charts (their data travels in the file), and one slide per chosen pilot.
 */
export async function buildDeck(input: DeckInput): Promise<Uint8Array> {
  const view = portfolioView(input.aggregate, NO_FILTERS);
  const byId = new Map(input.aggregate.pilots.map((p) => [p.id, p]));
  const pilots = input.pilotIds.flatMap((id) => byId.get(id) ?? []);
  const total = deckSlideCount(pilots.length);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Pilot Portfolio';
  pptx.company = input.settings.organisation;
  pptx.title = `${input.settings.name} — portfolio review`;
  defineMaster(pptx, input);

  let done = 0;
  for (const slide of PORTFOLIO_SLIDES) {
    slide(pptx, input, view);
    input.onProgress?.(++done, total);
  }
  for (const pilot of pilots) {
    pilotSlide(pptx, input, pilot);
    input.onProgress?.(++done, total);
  }
  const out = await pptx.write({ outputType: 'uint8array' });
  if (!(out instanceof Uint8Array)) throw new Error('The deck could not be written.');
  return out;
}
