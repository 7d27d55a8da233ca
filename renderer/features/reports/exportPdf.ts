import { safeFileStem } from '@shared/formats/fileNames';
import { printRoute, type PrintTarget } from '@shared/reports/printRoutes';
import { todayIso } from '@shared/dates';
import { platform } from '../../platform';

/** File name a report is offered under: "acme-invoice-triage-one-pager-2026-11-29.pdf". */
export function reportFileName(target: PrintTarget, title: string, extension: string): string {
  const what = target.report === 'pilot' ? 'one-pager' : 'portfolio-report';
  return `${safeFileStem(title)}-${what}-${todayIso()}.${extension}`;
}

/**
 * Print a report's page to PDF: Electron renders it in a hidden window and asks where to save;
 * a browser opens its print dialog, where "Save as PDF" is one choice.
 */
export function exportReportPdf(target: PrintTarget, title: string): Promise<{ saved: boolean }> {
  return platform.printToPdf({
    route: printRoute(target),
    pageSize: target.pageSize,
    landscape: false,
    defaultName: reportFileName(target, title, 'pdf'),
  });
}
