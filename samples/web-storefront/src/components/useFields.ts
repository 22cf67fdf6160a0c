import { useState } from "react";

/** A form's text fields in one state object: `field(name)` gives an input, select or textarea its value and change handler. */
export function useFields<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState(initial);
  const field = (name: keyof T) => ({
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: e.target.value })),
  });
  return [values, field] as const;
}
