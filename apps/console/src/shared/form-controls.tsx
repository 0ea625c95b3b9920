// antd's Form.Item hands `aria-required` (and its id) to its control. A Select puts it on its
// wrapper <div>, where ARIA does not allow it (axe: aria-allowed-attr), and a Radio.Group on a
// <div> without a role. These wrappers keep the form accessible: the Select drops it (the
// label's required mark and the Chinese message on submit say it), the radio group sits in an
// element with the radiogroup role, its name and the required state.
import { Radio, Select } from 'antd';
import type { ComponentProps } from 'react';

type SelectProps = ComponentProps<typeof Select> & { 'aria-required'?: unknown };

export function FormSelect({ 'aria-required': _required, ...props }: SelectProps) {
  return <Select {...props} />;
}

type RadioGroupProps = ComponentProps<typeof Radio.Group> & {
  /** The group's accessible name: the Form.Item's label. */
  readonly ariaLabel: string;
  readonly 'aria-required'?: 'true';
};

export function FormRadioGroup({
  ariaLabel,
  id,
  'aria-required': required,
  ...props
}: RadioGroupProps) {
  return (
    <div role="radiogroup" id={id} aria-label={ariaLabel} aria-required={required}>
      <Radio.Group {...props} />
    </div>
  );
}
