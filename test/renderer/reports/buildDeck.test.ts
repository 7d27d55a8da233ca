import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { aggregatePortfolio } from '@shared/domain/portfolio';
import { generateSamplePortfolio } from '@shared/sample';
import { buildDeck } from '../../../renderer/features/reports/deck/buildDeck';
import { deckSlideCount } from '../../../renderer/features/reports/deck/deckSlides';
import { PORTFOLIO_SLIDES } from '../../../renderer/features/reports/deck/portfolioSlides';

const TODAY = '2026-11-29';
const data = generateSamplePortfolio({ today: TODAY, pilots: 12 });
const aggregate = aggregatePortfolio(data, TODAY);
// A 1×1 transparent PNG.
const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

async function deck(pilotIds: string[], logo: string | null = null) {
  const progress: [number, number][] = [];
  const bytes = await buildDeck({
    aggregate,
    settings: {
      ...data.settings,
      organisation: 'Contoso Consulting',
      branding: { accentColor: '#c2410c', logoDataUrl: logo },
    },
    pilotIds,
    logo,
    onProgress: (done, total) => progress.push([done, total]),
  });
  return { zip: await JSZip.loadAsync(bytes), progress };
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no ${path} in the deck`);
  return file.async('string');
}

describe('the PowerPoint deck', () => {
  it('has a title slide, six native charts, the reviews due and one slide per chosen pilot', async () => {
    const chosen = aggregate.pilots.slice(0, 3);
    const { zip, progress } = await deck(chosen.map((p) => p.id));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(deckSlideCount(3));
    expect(progress.at(-1)).toEqual([11, 11]);

    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    // Six portfolio charts and up to one outcome chart per pilot slide.
    expect(charts.length).toBeGreaterThanOrEqual(6);
    const types = await text(zip, '[Content_Types].xml');
    expect(types).toContain('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    // Native charts carry their data: an embedded workbook and cached values, not a picture.
    const firstChart = await text(zip, charts[0] ?? '');
    expect(firstChart).toMatch(/<c:chartSpace/);
    expect(firstChart).toMatch(/<c:numCache>/);
    expect(Object.keys(zip.files).some((f) => /^ppt\/embeddings\/.*\.xlsx$/.test(f))).toBe(true);
  });

  it('puts each chosen pilot on its slide with its recommendation and reasons', async () => {
    const pilot = aggregate.pilots[0];
    if (!pilot) throw new Error('sample has pilots');
    const { zip } = await deck([pilot.id]);
    const slide = await text(zip, 'ppt/slides/slide9.xml');
    const escaped = (s: string) =>
      s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
    expect(slide).toContain(escaped(pilot.name));
    expect(slide).toMatch(/Recommendation: (Expand|Continue|Pivot|Stop)/);
    expect(slide).toContain(escaped(pilot.reasons[0] ?? ''));
  });

  it('brands the slides: accent bar colour, organisation in the footer, logo as an image', async () => {
    const { zip } = await deck([], LOGO);
    const layouts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(f))
        .map((f) => text(zip, f)),
    );
    const all = layouts.join('\n');
    expect(all).toContain('C2410C');
    expect(all).toContain('Contoso Consulting');
    expect(Object.keys(zip.files).some((f) => /^ppt\/media\/image/.test(f))).toBe(true);
  });

  it('counts slides as the builder makes them (the Reports page counts without loading pptxgenjs)', () => {
    expect(deckSlideCount(0)).toBe(PORTFOLIO_SLIDES.length);
    expect(deckSlideCount(3)).toBe(PORTFOLIO_SLIDES.length + 3);
  });

  it('titles each chart slide with its finding', async () => {
    const { zip } = await deck([]);
    const second = await text(zip, 'ppt/slides/slide2.xml');
    expect(second).toMatch(/running pilots to scale/);
  });

  it('lists the reviews to decide, most urgent first, as an editable table', async () => {
    const { zip } = await deck([]);
    const reviews = await text(zip, 'ppt/slides/slide8.xml');
    expect(reviews).toMatch(/\d+ reviews to decide, \d+ overdue|No reviews are due/);
    expect(reviews).toContain('<a:tbl>');
  });
});
