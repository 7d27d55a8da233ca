import type { FieldErrors, Resolver } from 'react-hook-form';
import { personFieldsSchema, type Person, type PersonFields, type PersonRole } from '@shared/model';

export const ROLE_LABELS: Record<PersonRole, string> = {
  worker: 'Worker',
  supervisor: 'Supervisor',
  lead: 'Lead',
  sponsor: 'Sponsor',
  executive: 'Executive',
  other: 'Other',
};

export interface PersonFormValues {
  name: string;
  role: PersonRole;
  team: string;
  email: string;
  hourlyCost: string;
  oversightCapacityHours: string;
}

export const emptyPersonForm: PersonFormValues = {
  name: '',
  role: 'worker',
  team: '',
  email: '',
  hourlyCost: '',
  oversightCapacityHours: '',
};

export function personToForm(p: Person): PersonFormValues {
  return {
    name: p.name,
    role: p.role,
    team: p.team,
    email: p.email,
    hourlyCost: p.hourlyCost === null ? '' : String(p.hourlyCost),
    oversightCapacityHours:
      p.oversightCapacityHours === null ? '' : String(p.oversightCapacityHours),
  };
}

const optionalNumber = (text: string): number | null => (text.trim() === '' ? null : Number(text));

export function personFormToFields(v: PersonFormValues): PersonFields {
  return {
    name: v.name.trim(),
    role: v.role,
    team: v.team.trim(),
    email: v.email.trim(),
    hourlyCost: optionalNumber(v.hourlyCost),
    oversightCapacityHours: optionalNumber(v.oversightCapacityHours),
  };
}

const FRIENDLY: Partial<Record<keyof PersonFormValues, string>> = {
  name: 'Give the person a name',
  hourlyCost: 'Enter an amount of zero or more, or leave it blank',
  oversightCapacityHours: 'Enter hours between 0 and 168, or leave it blank for the default',
};

export const personFormResolver: Resolver<PersonFormValues> = async (values) => {
  const result = personFieldsSchema.safeParse(personFormToFields(values));
  if (result.success) return { values, errors: {} };
  const errors: FieldErrors<PersonFormValues> = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0] as keyof PersonFormValues | undefined;
    if (!key || errors[key]) continue;
    errors[key] = { type: issue.code, message: FRIENDLY[key] ?? issue.message };
  }
  return { values: {}, errors };
};
