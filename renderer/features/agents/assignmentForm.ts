import type { FieldErrors, Resolver } from 'react-hook-form';
import { assignmentFieldsSchema, type Assignment, type AssignmentFields } from '@shared/model';
import { parseNumberText } from './formText';

export interface AssignmentFormValues {
  agentId: string;
  pilotId: string;
  servedPersonIds: string[];
  supervisorId: string;
  supervisionHoursPerWeek: string;
  startDate: string;
  endDate: string;
}

export function emptyAssignmentForm(fixed: {
  agentId?: string;
  pilotId?: string;
}): AssignmentFormValues {
  return {
    agentId: fixed.agentId ?? '',
    pilotId: fixed.pilotId ?? '',
    servedPersonIds: [],
    supervisorId: '',
    supervisionHoursPerWeek: '0',
    startDate: '',
    endDate: '',
  };
}

export function assignmentToForm(a: Assignment): AssignmentFormValues {
  return {
    agentId: a.agentId,
    pilotId: a.pilotId,
    servedPersonIds: [...a.servedPersonIds],
    supervisorId: a.supervisorId ?? '',
    supervisionHoursPerWeek: String(a.supervisionHoursPerWeek),
    startDate: a.startDate ?? '',
    endDate: a.endDate ?? '',
  };
}

export function assignmentFormToFields(v: AssignmentFormValues): AssignmentFields {
  return {
    agentId: v.agentId,
    pilotId: v.pilotId,
    servedPersonIds: v.servedPersonIds,
    supervisorId: v.supervisorId || null,
    supervisionHoursPerWeek: parseNumberText(v.supervisionHoursPerWeek, 0) ?? 0,
    startDate: v.startDate || null,
    endDate: v.endDate || null,
  };
}

const FRIENDLY: Partial<Record<keyof AssignmentFormValues, string>> = {
  agentId: 'Choose the agent',
  pilotId: 'Choose the pilot',
  supervisionHoursPerWeek: 'Enter hours between 0 and 168',
};

export const assignmentFormResolver: Resolver<AssignmentFormValues> = async (values) => {
  const fields = assignmentFormToFields(values);
  const errors: FieldErrors<AssignmentFormValues> = {};
  const result = assignmentFieldsSchema.safeParse(fields);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = issue.path[0] as keyof AssignmentFormValues | undefined;
      if (!key || errors[key]) continue;
      errors[key] = { type: issue.code, message: FRIENDLY[key] ?? issue.message };
    }
  }
  if (fields.startDate && fields.endDate && fields.endDate < fields.startDate && !errors.endDate) {
    errors.endDate = { type: 'order', message: 'End date must be on or after the start date' };
  }
  return Object.keys(errors).length ? { values: {}, errors } : { values, errors: {} };
};
