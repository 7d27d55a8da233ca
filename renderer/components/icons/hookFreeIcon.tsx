import { createElement, type ReactElement, type SVGProps } from 'react';
import type { LucideIconData } from 'lucide-react';

// A lucide icon drawn by a plain function component: the same SVG as lucide-react's component
// (test/renderer/components/hookFreeIcon.test.tsx holds them equal), but with no hook, so the
// first screen can draw it without React DOM (renderer/firstScreen/staticDom.ts). lucide-react's
// own component reads a context, which only a React renderer can answer.

export type HookFreeIconProps = Omit<SVGProps<SVGSVGElement>, 'ref' | 'children'> & {
  size?: number;
};

export type HookFreeIcon = ((props: HookFreeIconProps) => ReactElement) & { displayName: string };

/** Whether `props` name the icon for assistive technology (else lucide hides it from them). */
const namesItself = (props: HookFreeIconProps) =>
  Object.entries(props).some(
    ([name, value]) =>
      (name.startsWith('aria-') || name === 'role' || name === 'title') && value != null,
  );

export function hookFreeIcon(icon: LucideIconData): HookFreeIcon {
  const viewBox = icon.size ?? 24;
  // lucide's classes: "lucide", then one for the icon's name and one for each of its aliases.
  const names = [icon.name, ...(icon.aliases ?? [])].filter((name) => name && name.trim() !== '');
  const iconClasses = ['lucide', ...names.map((name) => `lucide-${name}`)].join(' ');
  function Icon({ size = 24, className, ...rest }: HookFreeIconProps) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={size}
        height={size}
        viewBox={`0 0 ${viewBox} ${viewBox}`}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        className={className ? `${iconClasses} ${className}` : iconClasses}
        {...(namesItself(rest) ? {} : { 'aria-hidden': 'true' as const })}
        {...rest}
      >
        {icon.node.map(([tag, attributes], index) =>
          createElement(tag, { key: index, ...attributes }),
        )}
      </svg>
    );
  }
  Icon.displayName = icon.name ?? 'Icon';
  return Icon;
}
