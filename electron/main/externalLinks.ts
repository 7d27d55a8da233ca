import { dialog, shell, type BrowserWindow } from 'electron';

/** The URL as an https URL to hand to the system browser, or null for anything else. */
export function parseExternalHttpsUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  // Only https: http leaks what the person reads, and file:, javascript:, custom schemes or
  // credentials-in-URL links can start programs or mislead about where they lead.
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  return url;
}

/**
 * The ONE place the app hands a URL to the operating system. The renderer shows imported text, so a
 * link may come from a hostile file: it opens only if it is https and the person confirms, seeing the
 * full address first.
 */
export async function openExternalAfterConfirm(
  raw: string,
  parent: BrowserWindow | null,
): Promise<boolean> {
  const url = parseExternalHttpsUrl(raw);
  if (url === null) return false;
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: 'Open link',
    message: 'Open this link in your web browser?',
    detail: url.href,
  };
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url.href); // eng-disable OPEN_EXTERNAL_JS_CHECK — only a parsed https URL the person just confirmed reaches this line
  return true;
}
