/**
 * What an index search that found nothing returns: one shared frozen array, so a search that
 * finds nothing (most of them) allocates nothing.
 */
export const NO_HITS: readonly never[] = Object.freeze([]);
