import type PptxGenJS from 'pptxgenjs';
import { formatRatio } from '@shared/domain/format';
import type { PortfolioPilotRow } from '@shared/domain/portfolio';
import { textColourOn } from '@shared/reports/branding';
import { formatDate, formatMoney, formatPercent } from '../../../components/format';
import { DECISION_LABELS } from '../../../components/RecommendationBadge';
import { STAGE_LABELS } from '../../../components/StageBadge';
import { AXIS, FONT, heading, MARGIN, MASTER, type DeckInput } from './deckLayout';
import { DECK_COLOURS, deckHex, REC_DECK_COLOURS } from './deckStyle';

/** One pilot's slide: recommendation and reasons, its figures, its outcomes' progress. */
export function pilotSlide(pptx: PptxGenJS, input: DeckInput, pilot: PortfolioPilotRow): void {
  const slide = pptx.addSlide({ masterName: MASTER });
  const { currency } = input.aggregate;
  heading(
    slide,
    input,
    pilot.name,
    `${pilot.businessUnit || 'No business unit'} · ${STAGE_LABELS[pilot.stage]} · sponsor ${pilot.sponsorName || '—'}${pilot.nextReviewDate ? ` · review ${formatDate(pilot.nextReviewDate)}` : ''}`,
  );
  const recColour = REC_DECK_COLOURS[pilot.recommendation];
  slide.addText(`Recommendation: ${DECISION_LABELS[pilot.recommendation]}`, {
    x: MARGIN,
    y: 1.8,
    w: 3.6,
    h: 0.45,
    fontSize: 16,
    bold: true,
    color: textColourOn(`#${recColour}`).slice(1).toUpperCase(),
    fill: { color: recColour },
    fontFace: FONT,
    align: 'center',
    rectRadius: 0.1,
    shape: pptx.ShapeType.roundRect,
  });
  slide.addText(
    pilot.reasons.map((r) => ({ text: r, options: { bullet: true, breakLine: true } })),
    {
      x: MARGIN,
      y: 2.4,
      w: 6.4,
      h: 4.4,
      fontSize: 14,
      color: DECK_COLOURS.text,
      fontFace: FONT,
      valign: 'top',
      paraSpaceAfter: 6,
      fit: 'shrink',
    },
  );
  const rows: [string, string][] = [
    ['Value created', formatMoney(pilot.value, currency)],
    ['Cost', formatMoney(pilot.cost, currency)],
    ['ROI', pilot.roi === null ? '—' : formatRatio(pilot.roi)],
    ['Budget', formatMoney(pilot.budget, currency)],
    [
      'Outcomes attained',
      pilot.attainment === null ? 'Not measured' : formatPercent(pilot.attainment),
    ],
  ];
  slide.addTable(
    rows.map(([label, value]) => [
      { text: label, options: { color: DECK_COLOURS.muted } },
      { text: value, options: { bold: true, align: 'right' as const } },
    ]),
    {
      x: 7.4,
      y: 1.8,
      w: 5.3,
      colW: [2.6, 2.7],
      fontSize: 14,
      fontFace: FONT,
      color: DECK_COLOURS.text,
      border: { type: 'none' },
      rowH: 0.38,
    },
  );
  const outcomes = pilot.outcomes
    .filter((o) => o.progress !== null)
    .slice(0, 6)
    .reverse();
  if (outcomes.length > 0) {
    slide.addChart(
      pptx.ChartType.bar,
      [
        {
          name: 'Progress to target (%)',
          labels: outcomes.map((o) => o.name),
          values: outcomes.map((o) => Math.round((o.progress ?? 0) * 100)),
        },
      ],
      {
        x: 7.4,
        y: 3.9,
        w: 5.3,
        h: 2.9,
        ...AXIS,
        showLegend: false,
        barDir: 'bar',
        chartColors: [deckHex(input.settings.branding.accentColor)],
        showValue: true,
        dataLabelFontSize: 10,
        dataLabelFormatCode: '0"%"',
        valAxisLabelFormatCode: '0"%"',
        showTitle: true,
        title: 'Outcome progress to target',
        titleFontSize: 12,
        titleColor: DECK_COLOURS.muted,
      },
    );
  }
}
