/**
 * Report branding checks: which logo files are taken, and which text colour reads on the accent.
 * Pure, so the Settings page, the print pages and the deck agree.
 */

/** A logo larger than this is refused: it is stored in the portfolio and copied into every file. */
export const MAX_LOGO_BYTES = 1_000_000;

export type LogoResult = { ok: true; dataUrl: string } | { ok: false; message: string };

type LogoType = 'image/png' | 'image/jpeg' | 'image/svg+xml';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The type the bytes really are (never the file name's word for it), or null. */
export function sniffLogoType(bytes: Uint8Array): LogoType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s/>]/i.test(head)) {
    return 'image/svg+xml';
  }
  return null;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** A picked logo file as the data URL the portfolio keeps, or the reason it is refused. */
export function logoDataUrl(bytes: Uint8Array): LogoResult {
  if (bytes.length === 0) return { ok: false, message: 'The file is empty.' };
  if (bytes.length > MAX_LOGO_BYTES) {
    return {
      ok: false,
      message: `The logo is ${(bytes.length / 1_000_000).toFixed(1)} MB; use one under 1 MB.`,
    };
  }
  const type = sniffLogoType(bytes);
  if (!type) return { ok: false, message: 'Use a PNG, JPEG or SVG image for the logo.' };
  return { ok: true, dataUrl: `data:${type};base64,${base64(bytes)}` };
}

function channel(hex: string, offset: number): number {
  const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `accent`. */
export function textColourOn(accent: string): '#000000' | '#ffffff' {
  return contrastRatio(accent, '#000000') >= contrastRatio(accent, '#ffffff')
    ? '#000000'
    : '#ffffff';
}

/**
 * The accent as a colour for text and lines on white paper: the accent itself when it reads
 * (3:1, WCAG's figure for large text and graphics), else a dark grey, so a pale brand colour
 * never makes a heading vanish.
 */
export function accentOnWhite(accent: string): string {
  return contrastRatio(accent, '#ffffff') >= 3 ? accent : '#333333';
}
