/** A problem with an input document that the user can fix; the CLI prints it as one line, exit 2. */
export class InputError extends Error {
  override name = 'InputError';
}
