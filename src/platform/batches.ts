/**
 * Every row of a query, read `batchSize` rows at a time in order of id (keyset pagination: each
 * batch starts after the last id of the one before), so that memory stays flat however many rows
 * there are. `fetchBatch` must return rows ordered by id, ascending, with ids greater than
 * `after` when it is given. Stopping the iteration early (a `break`, or `return()`) stops the
 * queries.
 */
export async function* inBatches<T extends { id: string }>(
  fetchBatch: (after: string | undefined, take: number) => Promise<T[]>,
  batchSize: number,
): AsyncGenerator<T> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError("batchSize must be a positive integer");
  let after: string | undefined;
  for (;;) {
    const rows = await fetchBatch(after, batchSize);
    for (const row of rows) yield row;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}
