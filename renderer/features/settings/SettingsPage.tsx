import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { useDb } from '../../app/PortfolioContext';
import { useSettings } from '../../app/queries/useSettings';
import { useUiStore, type ThemePreference } from '../../app/uiStore';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { updateSettings } from '../../db';
import { DuplicateSettingsSection } from '../agents/DuplicateSettingsSection';
import { BrandingSection } from './BrandingSection';
import { GateCriteriaSection } from './GateCriteriaSection';
import './settings.css';

interface SettingsForm {
  name: string;
  organisation: string;
  currency: string;
  fiscalYearStartMonth: string;
  supervisionHourlyCost: string;
  supervisorDefaultCapacityHours: string;
}

const MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat(undefined, { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, i, 1),
  ),
);

export function SettingsPage() {
  const db = useDb();
  const settings = useSettings();
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  const { register, handleSubmit, reset, formState } = useForm<SettingsForm>();

  useEffect(() => {
    if (!settings) return;
    reset({
      name: settings.name,
      organisation: settings.organisation,
      currency: settings.currency,
      fiscalYearStartMonth: String(settings.fiscalYearStartMonth),
      supervisionHourlyCost: String(settings.supervisionHourlyCost),
      supervisorDefaultCapacityHours: String(settings.supervisorDefaultCapacityHours),
    });
  }, [settings, reset]);

  const submit = handleSubmit(async (v) => {
    try {
      await updateSettings(db, {
        name: v.name.trim(),
        organisation: v.organisation.trim(),
        currency: v.currency.trim().toUpperCase(),
        fiscalYearStartMonth: Number(v.fiscalYearStartMonth),
        supervisionHourlyCost: Number(v.supervisionHourlyCost),
        supervisorDefaultCapacityHours: Number(v.supervisorDefaultCapacityHours),
      });
      toast.success('Settings saved');
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  });

  if (!settings)
    return (
      <div className="loading" role="status">
        Loading settings…
      </div>
    );
  const errors = formState.errors;

  return (
    <div className="page-inner settings-page">
      <PageHeader title="Settings" description="How this portfolio is named, counted and shown." />
      <section className="card" aria-labelledby="portfolio-settings-heading">
        <div className="card-header">
          <h2 id="portfolio-settings-heading">Portfolio</h2>
        </div>
        <form className="card-body form-grid" onSubmit={submit} noValidate>
          <Field label="Portfolio name" error={errors.name?.message}>
            <input
              className="input"
              {...register('name', {
                validate: (v) => v.trim() !== '' || 'Give the portfolio a name',
              })}
            />
          </Field>
          <Field label="Organisation or client" error={errors.organisation?.message}>
            <input className="input" {...register('organisation')} />
          </Field>
          <Field
            label="Currency"
            hint="Three-letter code: EUR, USD, GBP…"
            error={errors.currency?.message}
          >
            <input
              className="input"
              maxLength={3}
              {...register('currency', {
                validate: (v) =>
                  /^[A-Za-z]{3}$/.test(v.trim()) || 'Use a three-letter currency code such as EUR',
              })}
            />
          </Field>
          <Field label="Fiscal year starts in" error={errors.fiscalYearStartMonth?.message}>
            <select className="select" {...register('fiscalYearStartMonth')}>
              {MONTHS.map((m, i) => (
                <option key={m} value={i + 1}>
                  {m}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label={`Supervision hourly cost (${settings.currency})`}
            hint="What an hour of a person reviewing agents’ work costs, for pilots’ cost and ROI."
            error={errors.supervisionHourlyCost?.message}
          >
            <input
              className="input"
              type="number"
              min={0}
              step="any"
              {...register('supervisionHourlyCost', {
                validate: (v) =>
                  (v.trim() !== '' && Number(v) >= 0) || 'Enter an amount of zero or more',
              })}
            />
          </Field>
          <Field
            label="Supervisor default capacity (hours/week)"
            hint="Used for people without their own oversight capacity."
            error={errors.supervisorDefaultCapacityHours?.message}
          >
            <input
              className="input"
              type="number"
              min={0}
              max={168}
              step="any"
              {...register('supervisorDefaultCapacityHours', {
                validate: (v) =>
                  (v.trim() !== '' && Number(v) >= 0 && Number(v) <= 168) ||
                  'Enter hours between 0 and 168',
              })}
            />
          </Field>
          <div className="span-2 page-actions">
            <Button variant="primary" type="submit" disabled={formState.isSubmitting}>
              Save settings
            </Button>
          </div>
        </form>
      </section>
      <BrandingSection settings={settings} />
      <GateCriteriaSection />
      <DuplicateSettingsSection />
      <section className="card" aria-labelledby="appearance-heading">
        <div className="card-header">
          <h2 id="appearance-heading">Appearance</h2>
        </div>
        <div className="card-body form-grid">
          <Field label="Theme" hint="“System” follows your computer’s light or dark setting.">
            <select
              className="select"
              value={theme}
              onChange={(e) => setTheme(e.target.value as ThemePreference)}
            >
              <option value="system">System</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </Field>
        </div>
      </section>
    </div>
  );
}
