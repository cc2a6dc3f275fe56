/**
 * Runs `task` over `items` a few at a time: compiling many branch-periods one
 * by one could outlast the function's 60 s, all at once would flood the
 * database. Results keep the items' order.
 */
export const inBatches = async <T, R>(
  items: readonly T[],
  size: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> => {
  const results: R[] = []
  for (let start = 0; start < items.length; start += size)
    results.push(...(await Promise.all(items.slice(start, start + size).map(task))))
  return results
}

/** Branch-period compiles running at once. */
export const COMPILE_BATCH = 5
