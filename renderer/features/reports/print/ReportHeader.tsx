import type { ReactNode } from 'react';
import type { PortfolioSettings } from '@shared/model';
import { accentOnWhite } from '@shared/reports/branding';
import { formatDate } from '../../../components/format';

/**
 * The branded top of a report: the client's logo (or name), what the document is, and when it
 * was made. The accent colour draws the rule; text stays dark so any brand colour prints legibly.
 */
export function ReportHeader(props: {
  settings: PortfolioSettings;
  kind: string;
  title: string;
  subtitle?: string;
  today: string;
}) {
  const { branding, organisation, name } = props.settings;
  return (
    <header className="report-header" style={{ borderTopColor: branding.accentColor }}>
      <div className="report-brand">
        <span className="report-brand-mark">
          {branding.logoDataUrl && (
            <img
              className="report-logo"
              src={branding.logoDataUrl}
              alt={`${organisation || name} logo`}
            />
          )}
          <span className="report-org">{organisation || name}</span>
        </span>
        <span className="report-kind" style={{ color: accentOnWhite(branding.accentColor) }}>
          {props.kind}
        </span>
      </div>
      <h1 className="report-title">{props.title}</h1>
      <p className="report-subtitle">
        {props.subtitle ? `${props.subtitle} · ` : ''}
        {name} · {formatDate(props.today)}
      </p>
    </header>
  );
}

/**
 * A section of a report with a heading in the accent colour. With `empty` set, the section says
 * that sentence instead of its content (an empty table tells a reader nothing).
 */
export function ReportSection(props: {
  title: string;
  accent: string;
  className?: string;
  empty?: string | false;
  children?: ReactNode;
}) {
  return (
    <section className={`report-section${props.className ? ` ${props.className}` : ''}`}>
      <h2 style={{ color: accentOnWhite(props.accent), borderBottomColor: props.accent }}>
        {props.title}
      </h2>
      {props.empty ? <p className="report-muted">{props.empty}</p> : props.children}
    </section>
  );
}
