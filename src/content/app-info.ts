/** Written into every export as `generator`, so a file says what made it. */
export const GENERATOR = 'Shuchō 0.1.0';
