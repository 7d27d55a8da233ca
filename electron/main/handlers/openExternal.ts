import { openExternalAfterConfirm } from '../externalLinks';
import type { IpcHandler } from '../ipc';
import { senderWindow } from './senderWindow';

/** A link the renderer wants opened: https only, and only after the person confirms. */
export const openExternal: IpcHandler<'shell:open-external'> = async (request, event) => ({
  opened: await openExternalAfterConfirm(request.url, senderWindow(event)),
});
