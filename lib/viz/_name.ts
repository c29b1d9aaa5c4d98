/**
 * Output file-name check shared by the save functions.
 *
 * @module
 */

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Throw unless `name` is a plain file stem (no folders, no leading dot). */
export function checkName(action: string, name: string): void {
  if (!NAME.test(name)) {
    throw new RangeError(
      `${action}: name must be letters, digits, ".", "_" or "-" and start with a letter or digit: ${
        JSON.stringify(name)
      }`,
    );
  }
}
