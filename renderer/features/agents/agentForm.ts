import type { FieldErrors, Resolver } from 'react-hook-form';
import { agentFieldsSchema, type Agent, type AgentFields, type AgentStatus } from '@shared/model';
import { parseList, parseNumberText } from './formText';

/** The agent form as its inputs hold it: text, converted and validated on submit. */
export interface AgentFormValues {
  name: string;
  purpose: string;
  capabilities: string;
  platform: string;
  ownerId: string;
  status: AgentStatus;
  buildCost: string;
  monthlyRunningCost: string;
}

export const emptyAgentForm: AgentFormValues = {
  name: '',
  purpose: '',
  capabilities: '',
  platform: '',
  ownerId: '',
  status: 'building',
  buildCost: '0',
  monthlyRunningCost: '0',
};

export function agentToForm(a: Agent): AgentFormValues {
  return {
    name: a.name,
    purpose: a.purpose,
    capabilities: a.capabilities.join(', '),
    platform: a.platform,
    ownerId: a.ownerId ?? '',
    status: a.status,
    buildCost: String(a.buildCost),
    monthlyRunningCost: String(a.monthlyRunningCost),
  };
}

export function agentFormToFields(v: AgentFormValues): AgentFields {
  return {
    name: v.name.trim(),
    purpose: v.purpose.trim(),
    capabilities: parseList(v.capabilities),
    platform: v.platform.trim(),
    ownerId: v.ownerId || null,
    status: v.status,
    buildCost: parseNumberText(v.buildCost, 0) ?? 0,
    monthlyRunningCost: parseNumberText(v.monthlyRunningCost, 0) ?? 0,
  };
}

const FRIENDLY: Partial<Record<keyof AgentFormValues, string>> = {
  name: 'Give the agent a name',
  buildCost: 'Enter an amount of zero or more',
  monthlyRunningCost: 'Enter an amount of zero or more',
  capabilities: 'Up to 50 capabilities of at most 60 characters each',
};

/** Validates with the model's own schema, so the form and the database agree on the rules. */
export const agentFormResolver: Resolver<AgentFormValues> = async (values) => {
  const result = agentFieldsSchema.safeParse(agentFormToFields(values));
  if (result.success) return { values, errors: {} };
  const errors: FieldErrors<AgentFormValues> = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0] as keyof AgentFormValues | undefined;
    if (!key || errors[key]) continue;
    errors[key] = { type: issue.code, message: FRIENDLY[key] ?? issue.message };
  }
  return { values: {}, errors };
};
