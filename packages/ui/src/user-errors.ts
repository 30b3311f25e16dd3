/** An expected failure of a mutation, as the API returns it in `userErrors`. */
export interface UserErrorLike {
  field?: string | null;
  code: string;
  message: string;
}

/** Messages per form field (the first one per field), plus those about the whole form. */
export interface FormErrors<F extends string = string> {
  fields: Partial<Record<F, string>>;
  form: string[];
}

export const noErrors = <F extends string>(): FormErrors<F> => ({ fields: {}, form: [] });

export function hasErrors(errors: FormErrors): boolean {
  return errors.form.length > 0 || Object.values(errors.fields).some(Boolean);
}

/**
 * Maps `userErrors` to the form's fields. The API names a field by its input path (`codiceFiscale`,
 * `input.codiceFiscale`); `aliases` maps an API field to a different form field (e.g. the
 * `newPassword` argument to the form's `password`). Errors on no known field go to the form.
 */
export function mapUserErrors<F extends string>(
  userErrors: readonly UserErrorLike[],
  knownFields: readonly F[],
  aliases: Partial<Record<string, F>> = {},
): FormErrors<F> {
  const result = noErrors<F>();
  for (const error of userErrors) {
    const path = error.field ?? '';
    const last = path.split('.').pop() ?? '';
    const field =
      aliases[path] ?? aliases[last] ?? (knownFields as readonly string[]).find((f) => f === last);
    if (field && knownFields.includes(field as F)) {
      result.fields[field as F] ??= error.message;
    } else if (!result.form.includes(error.message)) {
      result.form.push(error.message);
    }
  }
  return result;
}
