/**
 * A number field that commits its text on Enter or on leaving it, and goes back to the value on
 * Escape: typing "1", "15", "150" asks for nothing until the user is done. Re-mounted when the
 * value changes, so it always starts from the current one.
 */
import type { InputHTMLAttributes, KeyboardEvent } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onBlur' | 'onKeyDown' | 'type'> {
  value: string;
  onCommit: (text: string) => void;
}

export function CommitInput({ value, onCommit, ...rest }: Props) {
  const commit = (input: HTMLInputElement) => {
    if (input.value !== value) onCommit(input.value);
  };
  return (
    <input
      key={value}
      type="number"
      inputMode="decimal"
      {...rest}
      defaultValue={value}
      onBlur={(event) => commit(event.currentTarget)}
      onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === 'Enter') commit(event.currentTarget);
        else if (event.key === 'Escape') event.currentTarget.value = value;
      }}
    />
  );
}
