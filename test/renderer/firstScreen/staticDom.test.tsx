import { forwardRef, useState } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { renderStatic } from '../../../renderer/firstScreen/staticDom';

const draw = (node: React.ReactNode) => {
  const container = document.createElement('div');
  renderStatic(node, container);
  return container;
};

describe('renderStatic', () => {
  it('draws elements, components, fragments and texts as React DOM writes them', () => {
    const Cell = ({ text }: { text: string }) => <span title={text || undefined}>{text}</span>;
    const tree = (
      <>
        <table aria-rowcount={3}>
          <tbody>
            <tr aria-rowindex={2} style={{ height: 56, transform: 'translateY(56px)' }}>
              <td style={{ flex: '1 0 192px', minWidth: 192, opacity: 0.5, width: 0 }}>
                <Cell text="Claims" />
                <Cell text="" />
                {0}
                {false}
                {null}
                {['a', 'b']}
              </td>
            </tr>
          </tbody>
        </table>
        <main id="main" tabIndex={-1} className="page" aria-expanded={false} data-first="">
          <input type="search" aria-label="Search" />
          <select>
            <option value="">All</option>
          </select>
        </main>
      </>
    );
    const container = draw(tree);
    expect(container.innerHTML).toBe(
      renderToStaticMarkup(tree)
        // React's server markup writes styles without spaces; the DOM serialises them with.
        .replace(
          'height:56px;transform:translateY(56px)',
          'height: 56px; transform: translateY(56px);',
        )
        .replace(
          'flex:1 0 192px;min-width:192px;opacity:0.5;width:0',
          'flex: 1 0 192px; min-width: 192px; opacity: 0.5; width: 0px;',
        )
        .replace(
          '<input type="search" aria-label="Search"/>',
          '<input type="search" aria-label="Search">',
        ),
    );
  });

  it('draws SVG in its namespace, with its attributes named as React DOM names them', () => {
    const container = draw(
      <svg viewBox="0 0 24 24" strokeWidth={2} strokeLinecap="round" className="icon">
        <path d="M1 1h2" />
      </svg>,
    );
    const svg = container.querySelector('svg');
    expect(svg?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg?.querySelector('path')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg?.getAttribute('viewBox')).toBe('0 0 24 24');
    expect(svg?.getAttribute('stroke-width')).toBe('2');
    expect(svg?.getAttribute('stroke-linecap')).toBe('round');
    expect(svg?.getAttribute('class')).toBe('icon');
  });

  it('draws forwardRef components and keeps click handlers', () => {
    const onClick = vi.fn((e: Event) => e.preventDefault());
    const Link = forwardRef<HTMLAnchorElement, { to: string }>(({ to }, ref) => (
      <a ref={ref} href={to} onClick={onClick as never}>
        Skip
      </a>
    ));
    const container = draw(<Link to="#main" />);
    container.querySelector('a')?.click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('treats text as text', () => {
    const hostile = '"><img src=x onerror=alert(1)> & </p><b>bold</b>';
    const container = draw(
      <p title={hostile} data-x={hostile}>
        {hostile}
      </p>,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.children).toHaveLength(1);
    expect(container.textContent).toBe(hostile);
    expect(container.querySelector('p')?.getAttribute('title')).toBe(hostile);
    expect(container.querySelector('p')?.getAttribute('data-x')).toBe(hostile);
  });

  it('keeps click handlers on the elements they were given to, among others', () => {
    const first = vi.fn();
    const second = vi.fn();
    const container = draw(
      <div>
        <a href="#a" onClick={first as never}>
          A
        </a>
        <svg viewBox="0 0 1 1">
          <path d="M0 0" />
        </svg>
        <button type="button" onClick={second as never}>
          B
        </button>
      </div>,
    );
    container.querySelector('button')?.click();
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
    container.querySelector('a')?.click();
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('replaces what the container held, and refuses what it cannot draw alike', () => {
    const container = document.createElement('div');
    container.innerHTML = '<p>old</p>';
    renderStatic(<p>new</p>, container);
    expect(container.innerHTML).toBe('<p>new</p>');
    function WithHook() {
      const [value] = useState('x');
      return <p>{value}</p>;
    }
    // React (in development) also says so on the console: expected here, and kept off the output.
    const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => draw(<WithHook />)).toThrow();
    said.mockRestore();
    expect(() => draw(<input onChange={() => undefined} />)).toThrow(/onChange/);
    expect(() => draw(<input autoFocus />)).toThrow(/autoFocus/);
    expect(() => draw(<input readOnly={false} />)).toThrow(/readOnly/);
  });
});
