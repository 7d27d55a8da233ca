import { z } from 'zod';
import {
  PRINT_ROUTE_PATTERN,
  type IpcInvokeChannel,
  type IpcInvokeContract,
} from '../../shared/ipc';

// The renderer shows imported files, so it is treated as untrusted: every request is checked here
// before a handler sees it. Objects are strict — an unexpected key is a malformed request.

/** A file name suggestion only: no directories, no NUL, short enough for every file system. */
const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', {
    message: 'must be a file name without a directory',
  });

const fileFilters = z
  .array(
    z.strictObject({
      name: z.string().min(1).max(100),
      extensions: z
        .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
        .min(1)
        .max(20),
    }),
  )
  .max(20);

type RequestSchemas = { [C in IpcInvokeChannel]: z.ZodType<IpcInvokeContract[C]['request']> };

export const requestSchemas: RequestSchemas = {
  'file:save': z.strictObject({
    defaultName: fileName,
    filters: fileFilters,
    bytes: z.instanceof(Uint8Array),
  }),
  'file:open': z.strictObject({
    filters: fileFilters,
    maxBytes: z.number().int().positive(),
  }),
  'report:print-pdf': z.strictObject({
    route: z.string().max(500).regex(PRINT_ROUTE_PATTERN),
    pageSize: z.enum(['A4', 'Letter']),
    landscape: z.boolean(),
    defaultName: fileName,
  }),
  'app:info': z.undefined(),
  'shell:open-external': z.strictObject({ url: z.string().min(1).max(2048) }),
};
