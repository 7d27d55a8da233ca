import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { IpcInvokeChannel, IpcInvokeContract } from '../../shared/ipc';
import { requestSchemas } from './ipcSchemas';
import { isTrustedUrl, originOf } from './origins';

export type IpcHandler<C extends IpcInvokeChannel> = (
  request: IpcInvokeContract[C]['request'],
  event: IpcMainInvokeEvent,
) => Promise<IpcInvokeContract[C]['result']>;

/**
 * Only the app's own top-level page may call the main process: not an iframe (which could embed
 * anything), not a page that navigated elsewhere, not a file:// page. Same rule as VS Code's
 * ValidatedIpcMain and Electron Fiddle's IPC wrapper.
 */
export function assertTrustedSender(event: IpcMainInvokeEvent): void {
  const frame = event.senderFrame;
  if (frame === null) throw new Error('IPC refused: the sending frame no longer exists.');
  if (frame !== event.sender.mainFrame || frame.parent !== null) {
    throw new Error("IPC refused: only the app's main frame may call the main process.");
  }
  if (!isTrustedUrl(frame.url)) {
    throw new Error(`IPC refused: ${originOf(frame.url) ?? frame.url} is not the app's origin.`);
  }
}

/**
 * The ONE way to register an IPC handler: checks the sender, then the request's shape, then calls
 * the handler with a typed request. Anything else reaching `ipcMain` is a gate failure in tests.
 */
export function handle<C extends IpcInvokeChannel>(channel: C, handler: IpcHandler<C>): void {
  const schema = requestSchemas[channel];
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    assertTrustedSender(event);
    if (args.length > 1) throw new Error(`IPC refused: ${channel} takes one argument.`);
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      throw new Error(
        `IPC refused: malformed ${channel} request. ${z.prettifyError(parsed.error)}`,
      );
    }
    return handler(parsed.data, event);
  });
}
