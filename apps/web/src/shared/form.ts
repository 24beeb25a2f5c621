// A small form-state hook: values, per-field errors (client-side and from the API's
// extensions.field), and one general error. Enough for this app's forms without a form library.
import { useCallback, useState, type ChangeEvent } from 'react';
import { splitErrors } from './errors';

export type FieldErrors<T> = Partial<Record<keyof T & string, string>>;

export function useFormState<T extends object>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors<T>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const setField = useCallback(<K extends keyof T & string>(key: K, value: T[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => (e[key] ? { ...e, [key]: undefined } : e));
  }, []);

  /** Props for a text-like Mantine input bound to `key`. */
  const text = <K extends keyof T & string>(key: K) => ({
    name: key,
    value: String((values[key] as unknown) ?? ''),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setField(key, event.currentTarget.value as T[K]),
    error: errors[key],
  });

  /** Runs `validate`; returns true when the values may be sent. */
  const check = (validate: (v: T) => FieldErrors<T>): boolean => {
    const found = validate(values);
    const clean = Object.fromEntries(Object.entries(found).filter(([, m]) => m)) as FieldErrors<T>;
    setErrors(clean);
    setGeneral(null);
    return Object.keys(clean).length === 0;
  };

  /** Puts an API error where it belongs: at the named field, or in the general message. */
  const applyError = (error: unknown, rename: Record<string, keyof T & string> = {}) => {
    const fieldNames = Object.keys(initial);
    const { fields, general: rest } = splitErrors(error, [...fieldNames, ...Object.keys(rename)]);
    const mapped: FieldErrors<T> = {};
    for (const [name, message] of Object.entries(fields)) {
      const key = (rename[name] ?? name) as keyof T & string;
      mapped[key] = message;
    }
    setErrors(mapped);
    setGeneral(rest);
  };

  const reset = (next: T = initial) => {
    setValues(next);
    setErrors({});
    setGeneral(null);
  };

  return { values, setValues, setField, text, errors, setErrors, general, setGeneral, check, applyError, reset };
}
