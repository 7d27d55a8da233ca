import { describe, expect, it } from 'vitest';
import {
  accentOnWhite,
  contrastRatio,
  logoDataUrl,
  MAX_LOGO_BYTES,
  sniffLogoType,
  textColourOn,
} from '@shared/reports/branding';

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
const text = (s: string) => new TextEncoder().encode(s);

describe('logo files', () => {
  it('tells PNG, JPEG and SVG from their bytes, not their names', () => {
    expect(sniffLogoType(Uint8Array.from(PNG_HEAD))).toBe('image/png');
    expect(sniffLogoType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffLogoType(text('<?xml version="1.0"?>\n<svg xmlns="x"></svg>'))).toBe(
      'image/svg+xml',
    );
    expect(sniffLogoType(text('\uFEFF  <svg width="10"/>'))).toBe('image/svg+xml');
    expect(sniffLogoType(text('<html><svg></svg></html>'))).toBeNull();
    expect(sniffLogoType(text('GIF89a'))).toBeNull();
  });

  it('keeps a logo as a base64 data URL the settings schema accepts', () => {
    const result = logoDataUrl(text('<svg/>'));
    expect(result).toEqual({ ok: true, dataUrl: 'data:image/svg+xml;base64,PHN2Zy8+' });
  });

  it('refuses empty, oversized and unknown files with a reason', () => {
    expect(logoDataUrl(new Uint8Array())).toEqual({ ok: false, message: 'The file is empty.' });
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(PNG_HEAD);
    expect(logoDataUrl(big)).toEqual({
      ok: false,
      message: 'The logo is 1.0 MB; use one under 1 MB.',
    });
    expect(logoDataUrl(text('GIF89a....'))).toEqual({
      ok: false,
      message: 'Use a PNG, JPEG or SVG image for the logo.',
    });
  });
});

describe('accent colours', () => {
  it('computes WCAG contrast: black on white is 21, a colour on itself 1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#2457d6', '#2457d6')).toBe(1);
    // #2457d6 on white: luminance 0.1203 → (1.05) / (0.1703) ≈ 6.17.
    expect(contrastRatio('#2457d6', '#ffffff')).toBeCloseTo(6.17, 1);
  });

  it('writes white on dark accents and black on pale ones', () => {
    expect(textColourOn('#2457d6')).toBe('#ffffff');
    expect(textColourOn('#ffd400')).toBe('#000000');
  });

  it('keeps a readable accent for lines and headings on paper, else dark grey', () => {
    expect(accentOnWhite('#2457d6')).toBe('#2457d6');
    expect(accentOnWhite('#ffd400')).toBe('#333333');
  });
});
