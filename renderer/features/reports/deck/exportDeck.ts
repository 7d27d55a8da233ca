import type { DeckInput } from './buildDeck';

/**
 * The logo as PowerPoint takes it. PNG and JPEG go in as they are; an SVG is drawn onto a canvas at
 * twice its slide size and taken as a PNG, because PowerPoint's SVG support needs a PNG fallback.
 */
export async function logoForDeck(dataUrl: string | null): Promise<string | null> {
  if (!dataUrl || !dataUrl.startsWith('data:image/svg+xml')) return dataUrl;
  const image = new Image();
  image.src = dataUrl;
  await image.decode();
  const height = 200;
  const width = Math.max(1, Math.round((image.naturalWidth / (image.naturalHeight || 1)) * height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.min(width, 1600);
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

/** Builds the deck with pptxgenjs, which is loaded only now, the first time someone exports. */
export async function writeDeck(input: DeckInput): Promise<Uint8Array> {
  const { buildDeck } = await import('./buildDeck');
  return buildDeck({ ...input, logo: await logoForDeck(input.logo) });
}
