import { describe, expect, it } from 'vitest';
import {
  emptyPilotForm,
  formToFields,
  parseTags,
  pilotFormResolver,
  type PilotFormValues,
} from '../../../renderer/features/pilots/pilotForm';

async function resolve(values: PilotFormValues) {
  // The resolver ignores its context and options; pass what react-hook-form would.
  return pilotFormResolver(values, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });
}

describe('pilot form', () => {
  it('turns the typed text into model fields', () => {
    const fields = formToFields({
      ...emptyPilotForm,
      name: '  Invoice triage  ',
      sponsorId: '',
      startDate: '2026-01-05',
      endDate: '',
      tags: 'finance, ocr,, finance , AP',
      budget: '12500.50',
      fte: '1.5',
      agentSeats: '3',
    });
    expect(fields).toMatchObject({
      name: 'Invoice triage',
      sponsorId: null,
      startDate: '2026-01-05',
      endDate: null,
      tags: ['finance', 'ocr', 'AP'],
      budget: 12500.5,
      fte: 1.5,
      agentSeats: 3,
    });
  });

  it('keeps tags unique and in the order typed', () => {
    expect(parseTags('b, a, b,  ,c')).toEqual(['b', 'a', 'c']);
  });

  it('names the field and says what to do when the name is empty', async () => {
    const result = await resolve({ ...emptyPilotForm, name: '   ' });
    expect(result.errors.name?.message).toBe('Give the pilot a name');
  });

  it('refuses a negative budget and fractional agent seats', async () => {
    const result = await resolve({
      ...emptyPilotForm,
      name: 'X',
      budget: '-5',
      agentSeats: '1.5',
    });
    expect(result.errors.budget?.message).toBe('Enter an amount of zero or more');
    expect(result.errors.agentSeats?.message).toBe('Enter a whole number of seats, zero or more');
  });

  it('refuses an end date before the start date, on the end date field', async () => {
    const result = await resolve({
      ...emptyPilotForm,
      name: 'X',
      startDate: '2026-03-01',
      endDate: '2026-02-01',
    });
    expect(result.errors.endDate?.message).toBe('End date must be on or after the start date');
  });

  it('accepts a complete, valid pilot', async () => {
    const result = await resolve({ ...emptyPilotForm, name: 'Claims intake', budget: '0' });
    expect(result.errors).toEqual({});
  });
});
