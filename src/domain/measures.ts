/** The five measures (五项举措) every record of the program's work belongs to. */

export const MEASURES = ['education', 'relief', 'epidemic', 'training', 'industry'] as const;
export type Measure = (typeof MEASURES)[number];
