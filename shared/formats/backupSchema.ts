import { z } from 'zod';
import {
  agentSchema,
  assignmentSchema,
  decisionSchema,
  historyEntrySchema,
  isoDateTimeSchema,
  lessonSchema,
  measurementSeriesJsonSchema,
  metricDefinitionSchema,
  metricSchema,
  personSchema,
  pilotSchema,
  portfolioSettingsSchema,
  supervisionLogSchema,
} from '../model';
import { MAX_RECORDS_PER_TABLE } from './limits';

/** What the file says it is. A file without it is not a backup of this app. */
export const BACKUP_FORMAT = 'pilot-portfolio-backup';

/**
 * The version of the file layout this build writes and the newest it reads. A change to the
 * layout (not to the app) raises it; a file with a higher number is refused, never guessed at.
 */
export const BACKUP_FORMAT_VERSION = 1;

function table<T extends z.ZodType>(schema: T) {
  return z
    .array(schema)
    .max(MAX_RECORDS_PER_TABLE, `At most ${MAX_RECORDS_PER_TABLE.toLocaleString('en-US')} records`);
}

/** Every table of one portfolio, as the file holds it (series with plain arrays). */
export const backupPortfolioSchema = z.object({
  settings: portfolioSettingsSchema,
  people: table(personSchema),
  pilots: table(pilotSchema),
  agents: table(agentSchema),
  assignments: table(assignmentSchema),
  supervisionLogs: table(supervisionLogSchema),
  metricDefinitions: table(metricDefinitionSchema),
  metrics: table(metricSchema),
  series: table(measurementSeriesJsonSchema),
  decisions: table(decisionSchema),
  lessons: table(lessonSchema),
  history: table(historyEntrySchema),
});
export type BackupPortfolio = z.infer<typeof backupPortfolioSchema>;

/** The header every backup opens with. */
export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1).max(BACKUP_FORMAT_VERSION),
  appVersion: z.string().max(50),
  createdAt: isoDateTimeSchema,
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const backupFileSchema = backupHeaderSchema.extend({ portfolio: backupPortfolioSchema });
export type BackupFile = z.infer<typeof backupFileSchema>;
