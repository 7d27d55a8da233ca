import type { FieldErrors, Resolver } from 'react-hook-form';
import { pilotFieldsSchema, type Pilot, type PilotFields, type PilotStage } from '@shared/model';

/** The pilot form as the inputs hold it: text everywhere, converted and validated on submit. */
export interface PilotFormValues {
  name: string;
  summary: string;
  problem: string;
  hypothesis: string;
  businessUnit: string;
  sponsorId: string;
  leadId: string;
  stage: PilotStage;
  startDate: string;
  nextReviewDate: string;
  endDate: string;
  tags: string;
  budget: string;
  fte: string;
  agentSeats: string;
}

export const emptyPilotForm: PilotFormValues = {
  name: '',
  summary: '',
  problem: '',
  hypothesis: '',
  businessUnit: '',
  sponsorId: '',
  leadId: '',
  stage: 'idea',
  startDate: '',
  nextReviewDate: '',
  endDate: '',
  tags: '',
  budget: '0',
  fte: '0',
  agentSeats: '0',
};

export function pilotToForm(p: Pilot): PilotFormValues {
  return {
    name: p.name,
    summary: p.summary,
    problem: p.problem,
    hypothesis: p.hypothesis,
    businessUnit: p.businessUnit,
    sponsorId: p.sponsorId ?? '',
    leadId: p.leadId ?? '',
    stage: p.stage,
    startDate: p.startDate ?? '',
    nextReviewDate: p.nextReviewDate ?? '',
    endDate: p.endDate ?? '',
    tags: p.tags.join(', '),
    budget: String(p.budget),
    fte: String(p.fte),
    agentSeats: String(p.agentSeats),
  };
}

/** Splits "a, b,,c" into unique trimmed tags, keeping the order typed. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

function parseNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : Number(trimmed);
}

export function formToFields(v: PilotFormValues): PilotFields {
  return {
    name: v.name.trim(),
    summary: v.summary.trim(),
    problem: v.problem.trim(),
    hypothesis: v.hypothesis.trim(),
    businessUnit: v.businessUnit.trim(),
    sponsorId: v.sponsorId || null,
    leadId: v.leadId || null,
    stage: v.stage,
    startDate: v.startDate || null,
    nextReviewDate: v.nextReviewDate || null,
    endDate: v.endDate || null,
    tags: parseTags(v.tags),
    budget: parseNumber(v.budget),
    fte: parseNumber(v.fte),
    agentSeats: parseNumber(v.agentSeats),
  };
}

const FRIENDLY: Partial<Record<keyof PilotFormValues, string>> = {
  name: 'Give the pilot a name',
  budget: 'Enter an amount of zero or more',
  fte: 'Enter a number of FTE of zero or more',
  agentSeats: 'Enter a whole number of seats, zero or more',
};

/** Validates with the model's own zod schema so the form and the database agree on the rules. */
export const pilotFormResolver: Resolver<PilotFormValues> = async (values) => {
  const fields = formToFields(values);
  const result = pilotFieldsSchema.safeParse(fields);
  if (result.success) return { values, errors: {} };
  const errors: FieldErrors<PilotFormValues> = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0] as keyof PilotFormValues | undefined;
    if (!key || errors[key]) continue;
    const message = issue.code === 'custom' ? issue.message : (FRIENDLY[key] ?? issue.message);
    errors[key] = { type: issue.code, message };
  }
  return { values: {}, errors };
};
