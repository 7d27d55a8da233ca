/**
 * Slides in a deck with `pilots` pilot slides: title, six charts, reviews due, then one per pilot.
 * Apart from the builder so the Reports page can say it without loading pptxgenjs.
 */
export function deckSlideCount(pilots: number): number {
  return 8 + pilots;
}
