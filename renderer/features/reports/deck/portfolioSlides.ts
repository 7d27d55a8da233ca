import type PptxGenJS from 'pptxgenjs';
import { EVIDENCE_STRENGTHS } from '@shared/domain';
import { formatRatio } from '@shared/domain/format';
import { NO_FILTERS, type PortfolioView } from '@shared/domain/portfolio';
import { PILOT_STAGES } from '@shared/model';
import { accentOnWhite } from '@shared/reports/branding';
import { formatDate, formatMoney, formatPercent } from '../../../components/format';
import { DECISION_LABELS } from '../../../components/RecommendationBadge';
import { STAGE_LABELS } from '../../../components/StageBadge';
import { attainmentFinding } from '../../portfolio/charts/AttainmentChart';
import { earnedFinding } from '../../portfolio/charts/EarnedExpansionChart';
import { ladderFinding } from '../../portfolio/charts/LadderChart';
import { reuseFinding } from '../../portfolio/charts/ReuseChart';
import { supervisionFinding } from '../../portfolio/charts/SupervisionChart';
import { valueCostFinding } from '../../portfolio/charts/ValueCostChart';
import { REVIEW_HORIZON_DAYS, reviewsDue } from '../../portfolio/ReviewsDue';
import {
  AXIS,
  BODY_W,
  CHART_BOX,
  FONT,
  heading,
  MARGIN,
  MASTER,
  MAX_BARS,
  type DeckInput,
} from './deckLayout';
import {
  DECK_COLOURS,
  deckHex,
  EVIDENCE_DECK_COLOURS,
  REC_DECK_COLOURS,
  STAGE_DECK_COLOURS,
} from './deckStyle';

export type PortfolioSlide = (pptx: PptxGenJS, input: DeckInput, view: PortfolioView) => void;

function titleSlide(pptx: PptxGenJS, input: DeckInput, view: PortfolioView): void {
  const { settings } = input;
  const slide = pptx.addSlide({ masterName: MASTER });
  const accent = settings.branding.accentColor;
  slide.addText('AI pilot portfolio review', {
    x: MARGIN,
    y: 1.6,
    w: BODY_W,
    h: 0.5,
    fontSize: 16,
    bold: true,
    color: deckHex(accentOnWhite(accent)),
    fontFace: FONT,
    charSpacing: 2,
  });
  slide.addText(settings.name, {
    x: MARGIN,
    y: 2.1,
    w: BODY_W,
    h: 1.3,
    fontSize: 44,
    bold: true,
    color: DECK_COLOURS.text,
    fontFace: FONT,
    fit: 'shrink',
  });
  slide.addText(
    `${settings.organisation ? `${settings.organisation} · ` : ''}${view.pilots.length} pilots · ${formatDate(input.aggregate.today)}`,
    {
      x: MARGIN,
      y: 3.4,
      w: BODY_W,
      h: 0.5,
      fontSize: 18,
      color: DECK_COLOURS.muted,
      fontFace: FONT,
    },
  );
  const t = view.tiles;
  const money = (v: number) => formatMoney(v, input.aggregate.currency, true);
  const figures: [string, string][] = [
    ['Running pilots', String(t.active)],
    ['Value created', money(t.value)],
    ['Cost', money(t.cost)],
    ['ROI', t.roi === null ? '—' : formatRatio(t.roi)],
    [
      'Resources granted',
      `${money(t.granted)}${t.granted > 0 ? ` (${formatPercent(t.grantedEarned / t.granted)} earned)` : ''}`,
    ],
  ];
  const boxW = BODY_W / figures.length;
  figures.forEach(([label, value], i) => {
    slide.addText(
      [
        {
          text: value,
          options: { fontSize: 26, bold: true, color: DECK_COLOURS.text, breakLine: true },
        },
        { text: label, options: { fontSize: 12, color: DECK_COLOURS.muted } },
      ],
      { x: MARGIN + i * boxW, y: 4.6, w: boxW - 0.2, h: 1.2, fontFace: FONT, valign: 'top' },
    );
  });
  slide.addShape(pptx.ShapeType.rect, {
    x: MARGIN,
    y: 4.45,
    w: 1.2,
    h: 0.06,
    fill: { color: deckHex(accent) },
    line: { color: deckHex(accent) },
  });
}

function valueCostSlide(pptx: PptxGenJS, input: DeckInput, view: PortfolioView): void {
  const slide = pptx.addSlide({ masterName: MASTER });
  const { currency } = input.aggregate;
  heading(
    slide,
    input,
    valueCostFinding(view.valueCost),
    `Value created against cost per pilot (${currency}); quadrants split at the medians: scale, fix, rethink, stop.`,
  );
  const points = view.valueCost.points;
  if (points.length === 0) {
    slide.addText('No pilots to plot.', { ...CHART_BOX, fontSize: 16, color: DECK_COLOURS.muted });
    return;
  }
  slide.addChart(
    pptx.ChartType.scatter,
    [
      { name: 'Cost', values: points.map((p) => p.cost) },
      {
        name: 'Pilots (value)',
        values: points.map((p) => p.value),
        labels: points.map((p) => p.name),
      },
    ],
    {
      ...CHART_BOX,
      ...AXIS,
      showLegend: false,
      lineSize: 0,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 9,
      chartColors: [deckHex(input.settings.branding.accentColor)],
      showValAxisTitle: true,
      valAxisTitle: `Value created (${currency})`,
      showCatAxisTitle: true,
      catAxisTitle: `Cost (${currency})`,
      valAxisTitleFontSize: 12,
      catAxisTitleFontSize: 12,
      valAxisLabelFormatCode: '#,##0',
      catLabelFormatCode: '#,##0',
    },
  );
}

function earnedSlide(pptx: PptxGenJS, input: DeckInput, view: PortfolioView): void {
  const slide = pptx.addSlide({ masterName: MASTER });
  const { currency } = input.aggregate;
  heading(
    slide,
    input,
    earnedFinding(view, NO_FILTERS.period, currency),
    `Budget granted by expansion decisions per quarter (${currency}): earned when the evidence recommended expanding.`,
  );
  if (view.grants.length === 0) {
    slide.addText('No budget was granted yet.', {
      ...CHART_BOX,
      fontSize: 16,
      color: DECK_COLOURS.muted,
    });
    return;
  }
  const labels = view.grants.map((g) => g.label);
  slide.addChart(
    pptx.ChartType.bar,
    [
      { name: 'Earned', labels, values: view.grants.map((g) => g.earned) },
      { name: 'Not earned', labels, values: view.grants.map((g) => g.notEarned) },
    ],
    {
      ...CHART_BOX,
      ...AXIS,
      barDir: 'col',
      barGrouping: 'stacked',
      chartColors: [DECK_COLOURS.earned, DECK_COLOURS.notEarned],
      valAxisLabelFormatCode: '#,##0',
    },
  );
}

function ladderSlide(pptx: PptxGenJS, input: DeckInput, view: PortfolioView): void {
  const slide = pptx.addSlide({ masterName: MASTER });
  heading(
    slide,
    input,
    ladderFinding(view.ladder, view.tiles, NO_FILTERS.period),
    'Pilots on each rung of the ladder, and how many a decision moved onto it.',
  );
  const labels = PILOT_STAGES.map((s) => STAGE_LABELS[s]);
  const byStage = new Map(view.ladder.map((r) => [r.stage, r]));
  slide.addChart(
    pptx.ChartType.bar,
    [
      { name: 'Pilots', labels, values: PILOT_STAGES.map((s) => byStage.get(s)?.pilots ?? 0) },
      {
        name: 'Moved onto it',
        labels,
        values: PILOT_STAGES.map((s) => byStage.get(s)?.entered ?? 0),
      },
    ],
    {
      ...CHART_BOX,
      ...AXIS,
      barDir: 'col',
      barGrouping: 'clustered',
      chartColors: [STAGE_DECK_COLOURS.pilot, STAGE_DECK_COLOURS.scaled],
      showValue: true,
      dataLabelFontSize: 11,
      valAxisLabelFormatCode: '0',
    },
  );
}

function attainmentSlide(pptx: PptxGenJS, input: DeckInput, view: PortfolioView): void {
  const slide = pptx.addSlide({ masterName: MASTER });
  heading(
    slide,
    input,
    attainmentFinding(view),
    'Pilots by how far their outcome metrics have come toward target, stacked by evidence strength.',
  );
  const labels = view.attainment.buckets.map((b) => b.label);
  const evidenceNames = {
    none: 'No evidence',
    weak: 'Weak',
    moderate: 'Moderate',
    strong: 'Strong',
  };
  slide.addChart(
    pptx.ChartType.bar,
    EVIDENCE_STRENGTHS.map((e) => ({
      name: evidenceNames[e],
      labels,
      values: view.attainment.buckets.map((b) => b[e]),
    })),
    {
      ...CHART_BOX,
      ...AXIS,
      barDir: 'col',
      barGrouping: 'stacked',
      chartColors: EVIDENCE_STRENGTHS.map((e) => EVIDENCE_DECK_COLOURS[e]),
      valAxisLabelFormatCode: '0',
    },
  );
}

function supervisionSlide(pptx: PptxGenJS, input: DeckInput, view: PortfolioView): void {
  const slide = pptx.addSlide({ masterName: MASTER });
  // PowerPoint draws a bar chart's first category at the bottom: the most loaded go last, on top.
  const bars = view.supervision.slice(0, MAX_BARS).reverse();
  heading(
    slide,
    input,
    supervisionFinding(view.supervision),
    `Hours per week each supervisor spends on agents, against capacity${view.supervision.length > MAX_BARS ? `; the ${MAX_BARS} most loaded` : ''}.`,
  );
  if (bars.length === 0) {
    slide.addText('No supervision is planned or logged.', {
      ...CHART_BOX,
      fontSize: 16,
      color: DECK_COLOURS.muted,
    });
    return;
  }
  const labels = bars.map((b) => b.name);
  slide.addChart(
    pptx.ChartType.bar,
    [
      { name: 'Hours per week', labels, values: bars.map((b) => Math.round(b.load * 10) / 10) },
      { name: 'Capacity', labels, values: bars.map((b) => b.capacity) },
    ],
    {
      ...CHART_BOX,
      ...AXIS,
      barDir: 'bar',
      barGrouping: 'clustered',
      chartColors: [DECK_COLOURS.load, DECK_COLOURS.capacity],
      valAxisLabelFormatCode: '0',
    },
  );
}

function reuseSlide(pptx: PptxGenJS, input: DeckInput, view: PortfolioView): void {
  const slide = pptx.addSlide({ masterName: MASTER });
  const { currency } = input.aggregate;
  const clusters = [...view.reuse.clusters]
    .sort((a, b) => b.yearlyCost - a.yearlyCost)
    .slice(0, MAX_BARS)
    .reverse();
  heading(
    slide,
    input,
    reuseFinding(view.reuse, currency),
    `Look-alike agents in different pilots and the yearly running cost of all but one of each (${currency}).`,
  );
  if (clusters.length === 0) {
    slide.addText('No look-alike agents across pilots.', {
      ...CHART_BOX,
      fontSize: 16,
      color: DECK_COLOURS.muted,
    });
    return;
  }
  const labels = clusters.map(
    (c) => c.agentNames.slice(0, 2).join(' / ') + (c.agentNames.length > 2 ? ' …' : ''),
  );
  slide.addChart(
    pptx.ChartType.bar,
    [
      {
        name: 'Yearly cost of duplicates',
        labels,
        values: clusters.map((c) => Math.round(c.yearlyCost)),
      },
    ],
    {
      ...CHART_BOX,
      ...AXIS,
      showLegend: false,
      barDir: 'bar',
      chartColors: [DECK_COLOURS.over],
      valAxisLabelFormatCode: '#,##0',
    },
  );
}

/** Rows of the reviews-due table that fit one slide; the finding says how many there are. */
const REVIEW_ROWS = 12;

function reviewsSlide(pptx: PptxGenJS, input: DeckInput, view: PortfolioView): void {
  const slide = pptx.addSlide({ masterName: MASTER });
  const { currency, today } = input.aggregate;
  const due = reviewsDue(view.pilots, today);
  const overdue = due.filter((p) => (p.nextReviewDate ?? '') < today).length;
  heading(
    slide,
    input,
    due.length === 0
      ? `No reviews are due in the next ${REVIEW_HORIZON_DAYS} days`
      : `${due.length} reviews to decide, ${overdue} overdue`,
    `Running pilots whose review date is past or within ${REVIEW_HORIZON_DAYS} days, with the app's recommendation${due.length > REVIEW_ROWS ? `; the ${REVIEW_ROWS} most urgent` : ''}.`,
  );
  if (due.length === 0) return;
  const header = ['Pilot', 'Review', 'Recommendation', 'Value', 'Cost', 'ROI'].map((text) => ({
    text,
    options: { bold: true, color: DECK_COLOURS.muted },
  }));
  const rows = due.slice(0, REVIEW_ROWS).map((p) => [
    { text: p.name },
    { text: formatDate(p.nextReviewDate) },
    {
      text: DECISION_LABELS[p.recommendation],
      options: { bold: true, color: REC_DECK_COLOURS[p.recommendation] },
    },
    { text: formatMoney(p.value, currency, true), options: { align: 'right' as const } },
    { text: formatMoney(p.cost, currency, true), options: { align: 'right' as const } },
    { text: p.roi === null ? '—' : formatRatio(p.roi), options: { align: 'right' as const } },
  ]);
  slide.addTable([header, ...rows], {
    x: MARGIN,
    y: 1.8,
    w: BODY_W,
    colW: [4.4, 1.7, 2.0, 1.3, 1.3, 1.433],
    fontSize: 13,
    fontFace: FONT,
    color: DECK_COLOURS.text,
    border: { type: 'solid', pt: 0.5, color: DECK_COLOURS.grid },
    rowH: 0.36,
  });
}

/** The portfolio's slides, in the order they are shown: title, six charts, reviews due. */
export const PORTFOLIO_SLIDES: readonly PortfolioSlide[] = [
  titleSlide,
  valueCostSlide,
  earnedSlide,
  ladderSlide,
  attainmentSlide,
  supervisionSlide,
  reuseSlide,
  reviewsSlide,
];
