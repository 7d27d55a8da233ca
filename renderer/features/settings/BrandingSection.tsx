import { ImagePlus, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import { brandingSchema, type PortfolioSettings } from '@shared/model';
import { accentOnWhite, logoDataUrl, MAX_LOGO_BYTES, textColourOn } from '@shared/reports/branding';
import { useDb } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { updateSettings } from '../../db';
import { platform } from '../../platform';

const LOGO_FILTERS = [{ name: 'Logo image', extensions: ['png', 'jpg', 'jpeg', 'svg'] }];

/**
 * Report branding: the client's logo and accent colour, shown on every PDF, slide and cover.
 * The organisation's name is the "Organisation or client" field above.
 */
export function BrandingSection(props: { settings: PortfolioSettings }) {
  const db = useDb();
  const { branding, organisation } = props.settings;
  const [accent, setAccent] = useState(branding.accentColor);
  const [logo, setLogo] = useState(branding.logoDataUrl);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setAccent(branding.accentColor);
    setLogo(branding.logoDataUrl);
  }, [branding]);

  const accentCheck = brandingSchema.shape.accentColor.safeParse(accent);
  const accentError = accentCheck.success ? undefined : accentCheck.error.issues[0]?.message;
  const changed = accent !== branding.accentColor || logo !== branding.logoDataUrl;
  const previewAccent = accentCheck.success ? accent : branding.accentColor;

  async function chooseLogo() {
    const picked = await platform.openFile(LOGO_FILTERS, MAX_LOGO_BYTES);
    if (!picked.opened) {
      if (picked.reason === 'too-large') {
        toast.error(`“${picked.name}” is over 1 MB; use a smaller logo.`);
      }
      return;
    }
    const result = logoDataUrl(picked.bytes);
    if (result.ok) setLogo(result.dataUrl);
    else toast.error(`“${picked.name}” was not used: ${result.message}`);
  }

  async function save() {
    if (!accentCheck.success) return;
    setSaving(true);
    try {
      await updateSettings(db, { branding: { accentColor: accent, logoDataUrl: logo } });
      toast.success('Report branding saved');
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="card" aria-labelledby="branding-heading">
      <div className="card-header">
        <h2 id="branding-heading">Report branding</h2>
      </div>
      <div className="card-body form-grid">
        <Field
          label="Accent colour"
          hint="Used for rules and headings on PDFs and slides."
          error={accentError}
        >
          <input
            className="input"
            value={accent}
            maxLength={7}
            onChange={(e) => setAccent(e.target.value.trim())}
          />
        </Field>
        <div className="field">
          <span className="field-label" id="accent-picker-label">
            Pick a colour
          </span>
          <input
            type="color"
            className="color-swatch"
            aria-labelledby="accent-picker-label"
            value={previewAccent}
            onChange={(e) => setAccent(e.target.value)}
          />
        </div>
        <div className="field span-2">
          <span className="field-label">Logo</span>
          <div className="branding-logo-row">
            {logo ? (
              <img className="branding-logo" src={logo} alt="Current report logo" />
            ) : (
              <span className="muted">No logo: reports show the organisation’s name.</span>
            )}
            <Button onClick={() => void chooseLogo()}>
              <ImagePlus size={16} aria-hidden="true" /> {logo ? 'Replace logo…' : 'Choose logo…'}
            </Button>
            {logo && (
              <Button variant="ghost" onClick={() => setLogo(null)}>
                <Trash2 size={16} aria-hidden="true" /> Remove logo
              </Button>
            )}
          </div>
          <span className="field-hint">
            PNG, JPEG or SVG, under 1 MB. It stays in this portfolio.
          </span>
        </div>
        <div className="span-2">
          <span className="field-label">Preview</span>
          <div
            className="brand-preview"
            role="img"
            aria-label={`Report header: ${organisation || 'no organisation name'}, accent ${previewAccent}`}
            style={{ borderTopColor: previewAccent }}
          >
            {logo && <img src={logo} alt="" className="brand-preview-logo" />}
            <span className="brand-preview-name">{organisation || 'Your organisation'}</span>
            <span
              className="brand-preview-chip"
              style={{ background: previewAccent, color: textColourOn(previewAccent) }}
            >
              Expand
            </span>
            <span className="brand-preview-heading" style={{ color: accentOnWhite(previewAccent) }}>
              Pilot one-pager
            </span>
          </div>
        </div>
        <div className="span-2 page-actions">
          <Button
            variant="primary"
            disabled={!changed || saving || !accentCheck.success}
            onClick={() => void save()}
          >
            Save branding
          </Button>
        </div>
      </div>
    </section>
  );
}
