/** Items per page when a client asks for neither first nor last. */
export const DEFAULT_PAGE_SIZE = 20;
/** The largest first or last unless MAX_PAGE_SIZE says otherwise. */
export const DEFAULT_MAX_PAGE_SIZE = 100;

// Process-wide, set once at start from the validated config (MAX_PAGE_SIZE);
// the schema's descriptions stay the same whatever it is, so the committed
// SDL does not depend on the environment.
let maxPageSize = DEFAULT_MAX_PAGE_SIZE;

export function setMaxPageSize(size: number): void {
  maxPageSize = size;
}

/** The largest first or last a client may ask for; more is BAD_USER_INPUT. */
export function currentMaxPageSize(): number {
  return maxPageSize;
}
