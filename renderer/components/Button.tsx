import { forwardRef, type ButtonHTMLAttributes } from 'react';

type Variant = 'default' | 'primary' | 'danger' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: 'md' | 'sm';
  iconOnly?: boolean;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'default', size = 'md', iconOnly = false, className, type = 'button', ...rest },
  ref,
) {
  const classes = ['btn'];
  if (variant !== 'default') classes.push(`btn-${variant}`);
  if (size === 'sm') classes.push('btn-sm');
  if (iconOnly) classes.push('btn-icon');
  if (className) classes.push(className);
  return <button ref={ref} type={type} className={classes.join(' ')} {...rest} />;
});
