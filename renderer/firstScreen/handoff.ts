// What a person did on the first screen before the app took it over, and doing it again in the
// app: text typed into the search box, the filter chosen, the element focused, where the table was
// scrolled to, buttons clicked and shortcut keys pressed. The first screen shows for a few hundred
// milliseconds; nothing done in them may be lost.

/** A click or a key press, in the order they came. */
export type QueuedInput =
  | { kind: 'click'; label: string }
  | {
      kind: 'key';
      init: Pick<KeyboardEventInit, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;
      /** Pressed in a text box (a shortcut with the modifier), not on the page. */
      inTextBox: boolean;
    };

/** An element as the first screen and the app both draw it: by its id, or its tag and name. */
export type Landmark = { id: string } | { tag: string; label: string };

export interface FirstScreenHandoff {
  search: string;
  stage: string;
  /** The element that had the focus and, for a text box, where the caret was. */
  focus: { at: Landmark; selectionStart: number | null; selectionEnd: number | null } | null;
  /** How far the table was scrolled. */
  tableScrollTop: number;
  queued: QueuedInput[];
}

/** The buttons a click can go to, in the first screen and in the app. */
const BUTTONS = 'button';
/** What the focus can be on: controls, links, and the page's main region (the skip link's). */
const FOCUSABLE = 'button, input, select, a[href], [id]';
/** The table's scroll box (VirtualTable's, and the first screen's copy of it). */
const TABLE_SCROLL = '.vt-scroll';

/** Keys that only modify others: the key they modify is what is recorded. */
const MODIFIERS = ['Control', 'Meta', 'Shift', 'Alt', 'AltGraph'];

/** An element's accessible name as the first screen and the app both give it. */
export function labelOf(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
}

function landmarkOf(element: Element): Landmark {
  return element.id
    ? { id: element.id }
    : { tag: element.tagName.toLowerCase(), label: labelOf(element) };
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
    const button = event.target instanceof Element ? event.target.closest(BUTTONS) : null;
    if (button && container.contains(button))
      queued.push({ kind: 'click', label: labelOf(button) });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const { key, ctrlKey, metaKey } = event;
    // Typing is the text box's own; a shortcut with the modifier (Mod+K) is the app's anywhere.
    if (key === 'Tab' || MODIFIERS.includes(key)) return;
    const inTextBox = isTextEntry(event.target);
    if (inTextBox && !ctrlKey && !metaKey) return;
    // Enter and Space on a button or link are its click (recorded above) or its link followed.
    const onControl = event.target instanceof Element && event.target.closest('button, a');
    if (onControl && (key === 'Enter' || key === ' ')) return;
    // Mod+K is the app's (the command palette), not the browser's.
    if ((ctrlKey || metaKey) && key.toLowerCase() === 'k') event.preventDefault();
    queued.push(queuedKey(event, inTextBox));
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
        active instanceof HTMLElement &&
        active !== container &&
        container.contains(active) &&
        active.matches(FOCUSABLE)
          ? active
          : null;
      return {
        search: value('input[type="search"]'),
        stage: value('select[data-filter="stage"]'),
        focus: focused && {
          at: landmarkOf(focused),
          selectionStart: focused instanceof HTMLInputElement ? focused.selectionStart : null,
          selectionEnd: focused instanceof HTMLInputElement ? focused.selectionEnd : null,
        },
        tableScrollTop: container.querySelector(TABLE_SCROLL)?.scrollTop ?? 0,
        queued,
      };
    },
  };
}

function find(at: Landmark, selector: string, within: ParentNode): HTMLElement | null {
  if ('id' in at) {
    const element = document.getElementById(at.id);
    return element && within.contains(element) ? element : null;
  }
  for (const element of within.querySelectorAll<HTMLElement>(selector)) {
    if (element.tagName.toLowerCase() === at.tag && labelOf(element) === at.label) return element;
  }
  return null;
}

/** A key that types a character (not a shortcut, not a key that moves or edits). */
const typesText = (init: QueuedInput & { kind: 'key' }) =>
  init.init.key?.length === 1 && !init.init.ctrlKey && !init.init.metaKey && !init.init.altKey;

/** Types `text` at the caret of a text box, as typing does (React's onChange hears it). */
function typeInto(box: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const start = box.selectionStart ?? box.value.length;
  const end = box.selectionEnd ?? box.value.length;
  // The prototype's setter: a controlled input's own records the value React last rendered.
  const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box), 'value')?.set;
  setValue?.call(box, box.value.slice(0, start) + text + box.value.slice(end));
  box.setSelectionRange(start + text.length, start + text.length);
  box.dispatchEvent(
    new InputEvent('input', { bubbles: true, data: text, inputType: 'insertText' }),
  );
}

/** A task later: the app has answered the last input (a dialog opened and took the focus). */
const answered = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A key press as the queue holds it. */
function queuedKey(event: KeyboardEvent, inTextBox: boolean): QueuedInput {
  const { key, code, ctrlKey, metaKey, shiftKey, altKey } = event;
  return { kind: 'key', init: { key, code, ctrlKey, metaKey, shiftKey, altKey }, inTextBox };
}

/**
 * Does again in the app, now rendered in `within`, what was done on the first screen: scrolls the
 * table as far, focuses the same element, then clicks and presses keys in the order they came,
 * each once the app has answered the one before. Keys pressed on the page go to the page, not to
 * a text box focused since — unless an input before them opened it: what was typed after Mod+K
 * is the command palette's query, typed into it, and Enter chooses from it. Keys pressed while
 * this goes on wait their turn after those, so nothing typed comes out of order. An element the
 * app does not have (never expected: it draws the same screen) is passed over.
 */
export async function replayInput(
  handoff: FirstScreenHandoff,
  within: ParentNode = document,
): Promise<void> {
  const scroll = within.querySelector(TABLE_SCROLL);
  if (scroll && handoff.tableScrollTop > 0) scroll.scrollTop = handoff.tableScrollTop;
  const { focus } = handoff;
  const focused = focus && find(focus.at, FOCUSABLE, within);
  if (focus && focused) {
    focused.focus();
    if (focused instanceof HTMLInputElement && focus.selectionStart !== null) {
      focused.setSelectionRange(focus.selectionStart, focus.selectionEnd);
    }
  }
  const restored = document.activeElement;
  const queue = [...handoff.queued];
  // The person's own keys while the queue is done again (not those dispatched below).
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key === 'Tab' || MODIFIERS.includes(event.key)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    queue.push(queuedKey(event, isTextEntry(event.target)));
  };
  if (queue.length > 0) window.addEventListener('keydown', onKeyDown, true);
  try {
    for (let input = queue.shift(); input; input = queue.shift()) {
      if (input.kind === 'click') {
        const button = find({ tag: 'button', label: input.label }, BUTTONS, within);
        if (button) {
          // Menus (Radix) open on the pointer going down, buttons on the click: both, as a mouse.
          button.dispatchEvent(
            new MouseEvent('pointerdown', { bubbles: true, cancelable: true, button: 0 }),
          );
          button.click();
        }
      } else {
        const active = document.activeElement;
        // A text box an input before this one opened (the command palette after Mod+K).
        const opened = active !== restored && isTextEntry(active) ? active : null;
        const box =
          active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
            ? active
            : null;
        if (box && typesText(input) && (opened || input.inTextBox)) {
          typeInto(box, input.init.key ?? '');
        } else {
          const target = opened ?? (input.inTextBox ? (active ?? document.body) : document.body);
          target.dispatchEvent(
            new KeyboardEvent('keydown', { ...input.init, bubbles: true, cancelable: true }),
          );
        }
      }
      await answered();
    }
  } finally {
    window.removeEventListener('keydown', onKeyDown, true);
  }
}
