/** Digits after the decimal point of every agreement figure (kappa, alpha, F1, shares). */
export const FIGURE_DIGITS = 3;

/** A figure for display in `language`, always with three decimals (0.694, -0.125, 1.000). */
export function formatFigure(value: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: FIGURE_DIGITS, maximumFractionDigits: FIGURE_DIGITS }).format(value);
}
