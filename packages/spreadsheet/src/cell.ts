/** One cell of a table as users read it: text, a number, or empty. */
export type Cell = string | number | null;
