import { z } from 'zod';

/** Every record has a stable random id so portfolios can be exchanged and merged between machines. */
export const idSchema = z.uuid();
export type Id = z.infer<typeof idSchema>;

/** Calendar dates are ISO `YYYY-MM-DD` strings: they carry no time zone, as a review date should not. */
export const isoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof isoDateSchema>;

/** Instants (createdAt, updatedAt, history) are full ISO timestamps in UTC. */
export const isoDateTimeSchema = z.iso.datetime();
export type IsoDateTime = z.infer<typeof isoDateTimeSchema>;

export const recordMetaSchema = z.object({
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

export const nonEmptyName = z.string().trim().min(1, 'Required').max(200, 'At most 200 characters');
export const longText = z.string().max(20_000, 'At most 20,000 characters');
export const tagsSchema = z.array(z.string().trim().min(1).max(60)).max(50);
export const money = z.number().finite().min(0, 'Cannot be negative');
export const optionalMoney = money.nullable();
