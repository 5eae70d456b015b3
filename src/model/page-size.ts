/** Items per page when a client asks for neither first nor last. */
export const DEFAULT_PAGE_SIZE = 20;
/** The largest first or last a client may ask for; more is BAD_USER_INPUT. */
export const MAX_PAGE_SIZE = 100;
