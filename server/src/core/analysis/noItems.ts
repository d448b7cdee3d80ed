// The one empty list the model shares wherever a record has nothing to list (most brackets have no inner alternatives).

/** Frozen, so that a feature pushing onto a shared empty list fails loudly instead of changing every record. */
export const NO_ITEMS: ReadonlyArray<never> = Object.freeze([]);
