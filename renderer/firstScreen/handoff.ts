// What a person did on the first screen before the app took it over, and doing it again in the
// app: text typed into the search box, the filter chosen, the control focused, buttons clicked and
// shortcut keys pressed. The first screen shows for a few hundred milliseconds; nothing done in
// them may be lost.

/** A click or a key press, in the order they came. */
export type QueuedInput =
  | { kind: 'click'; label: string }
  | {
      kind: 'key';
      init: Pick<KeyboardEventInit, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;
    };

export interface FirstScreenHandoff {
  search: string;
  stage: string;
  /** The control that had the focus (by its label) and, for a text box, where the caret was. */
  focus: { label: string; selectionStart: number | null; selectionEnd: number | null } | null;
  queued: QueuedInput[];
}

/** The controls a click, a key or the focus can go to, in the first screen and in the app. */
const CONTROLS = 'button, input, select';

/** Keys that only modify others: the key they modify is what is recorded. */
const MODIFIERS = ['Control', 'Meta', 'Shift', 'Alt', 'AltGraph'];

/** A control's accessible name as the first screen and the app both give it. */
export function labelOf(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
}

function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Records what a person does on the first screen in `container` until `stop` is called (by
 * `takeOver`). Links are followed as they are (hash links: the app opens where they lead) and
 * text boxes are typed into; a click on a button and a key press anywhere else wait in a queue.
 */
export function recordInput(container: HTMLElement) {
  const queued: QueuedInput[] = [];
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && container.contains(button))
      queued.push({ kind: 'click', label: labelOf(button) });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const { key, code, ctrlKey, metaKey, shiftKey, altKey } = event;
    // Typing is the text box's own; a shortcut with the modifier (Mod+K) is the app's anywhere.
    if (key === 'Tab' || MODIFIERS.includes(key)) return;
    if (isTextEntry(event.target) && !ctrlKey && !metaKey) return;
    // Enter and Space on a button or link are its click (recorded above) or its link followed.
    const onControl = event.target instanceof Element && event.target.closest('button, a');
    if (onControl && (key === 'Enter' || key === ' ')) return;
    // Mod+K is the app's (the command palette), not the browser's.
    if ((ctrlKey || metaKey) && key.toLowerCase() === 'k') event.preventDefault();
    queued.push({ kind: 'key', init: { key, code, ctrlKey, metaKey, shiftKey, altKey } });
  };
  container.addEventListener('click', onClick, true);
  window.addEventListener('keydown', onKeyDown, true);
  return {
    /** Stops recording and says what was done. */
    stop(): FirstScreenHandoff {
      container.removeEventListener('click', onClick, true);
      window.removeEventListener('keydown', onKeyDown, true);
      const value = (selector: string) =>
        container.querySelector<HTMLInputElement | HTMLSelectElement>(selector)?.value ?? '';
      const active = document.activeElement;
      const focused =
        active instanceof HTMLElement && active !== container && container.contains(active)
          ? active
          : null;
      return {
        search: value('input[type="search"]'),
        stage: value('select[data-filter="stage"]'),
        focus:
          focused && focused.matches(CONTROLS)
            ? {
                label: labelOf(focused),
                selectionStart: focused instanceof HTMLInputElement ? focused.selectionStart : null,
                selectionEnd: focused instanceof HTMLInputElement ? focused.selectionEnd : null,
              }
            : null,
        queued,
      };
    },
  };
}

function controlLabelled(label: string, within: ParentNode): HTMLElement | null {
  for (const element of within.querySelectorAll<HTMLElement>(CONTROLS)) {
    if (labelOf(element) === label) return element;
  }
  return null;
}

/**
 * Does again in the app, now rendered in `within`, what was done on the first screen: focuses
 * the same control, then clicks and presses keys in the order they came. A control the app does
 * not have (never expected: it draws the same screen) is passed over.
 */
export function replayInput(handoff: FirstScreenHandoff, within: ParentNode = document): void {
  const { focus } = handoff;
  const focused = focus && controlLabelled(focus.label, within);
  if (focus && focused) {
    focused.focus();
    if (focused instanceof HTMLInputElement && focus.selectionStart !== null) {
      focused.setSelectionRange(focus.selectionStart, focus.selectionEnd);
    }
  }
  for (const input of handoff.queued) {
    if (input.kind === 'click') {
      const control = controlLabelled(input.label, within);
      if (!control) continue;
      // Menus (Radix) open on the pointer going down, buttons on the click: both, as a mouse does.
      control.dispatchEvent(
        new MouseEvent('pointerdown', { bubbles: true, cancelable: true, button: 0 }),
      );
      control.click();
    } else {
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(
        new KeyboardEvent('keydown', { ...input.init, bubbles: true, cancelable: true }),
      );
    }
  }
}
