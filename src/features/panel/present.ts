/**
 * Narrows a record object whose optional string field is set, so `<RecordText of field>` (which
 * takes only string fields) can say it: `present(position, 'confidenceNote') && <RecordText …/>`.
 */
export const present = <T extends object, K extends keyof T>(
  of: T,
  field: K,
): of is T & { [P in K]-?: NonNullable<T[P]> } => of[field] !== undefined && of[field] !== null;
