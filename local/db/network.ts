/**
 * The network the local engine does not have: an optional delay per request
 * (in the cloud every database request is a round trip of about 5–20 ms) and
 * a recorder that counts the requests of a piece of work and the round trips
 * on its critical path.
 *
 * Latency: `LOCAL_DB_LATENCY_MS` (default 0 = off) plus a uniform random
 * 0..`LOCAL_DB_LATENCY_JITTER_MS`, half before the request runs on the
 * "server" and half after, as a request travels there and its answer back.
 *
 * Round trips: inside `recordRoundTrips(fn)` every request is one round trip.
 * A request's depth is one more than the deepest request of the same scope
 * that had already been answered when it was sent; the deepest depth is the
 * number of sequential round trips (requests issued together count once).
 */
import { AsyncLocalStorage } from 'node:async_hooks'

export interface Latency {
  ms: number
  jitterMs: number
}

export function latencyFromEnv(env: NodeJS.ProcessEnv = process.env): Latency {
  return { ms: nonNegative(env.LOCAL_DB_LATENCY_MS), jitterMs: nonNegative(env.LOCAL_DB_LATENCY_JITTER_MS) }
}

function nonNegative(raw: string | undefined): number {
  const n = Number(raw ?? 0)
  return Number.isFinite(n) && n > 0 ? n : 0
}

/** The delay of one request under this latency (0 when off). */
export const requestDelay = (l: Latency): number => (l.ms > 0 || l.jitterMs > 0 ? l.ms + Math.random() * l.jitterMs : 0)

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export interface RoundTrips {
  /** Requests sent, in total and per action (`database.getDocument`, ...). */
  requests: number
  byAction: Record<string, number>
  /** Round trips one after another on the critical path. */
  sequentialRoundTrips: number
}

interface Scope extends RoundTrips {
  parent: Scope | undefined
  /** Deepest depth among the requests already answered. */
  answeredDepth: number
}

const scopes = new AsyncLocalStorage<Scope>()

/** Runs fn and reports the database requests it made (nested scopes count in their parents too). */
export async function recordRoundTrips<T>(fn: () => Promise<T>): Promise<RoundTrips & { result: T }> {
  const scope: Scope = {
    parent: scopes.getStore(),
    requests: 0,
    byAction: {},
    sequentialRoundTrips: 0,
    answeredDepth: 0,
  }
  const result = await scopes.run(scope, fn)
  return {
    result,
    requests: scope.requests,
    byAction: { ...scope.byAction },
    sequentialRoundTrips: scope.sequentialRoundTrips,
  }
}

/** Called by the engine when a request is sent; the returned function when it is answered. */
export function requestSent(action: string): () => void {
  const depths: [Scope, number][] = []
  for (let s = scopes.getStore(); s; s = s.parent) {
    const depth = s.answeredDepth + 1
    s.requests++
    s.byAction[action] = (s.byAction[action] ?? 0) + 1
    s.sequentialRoundTrips = Math.max(s.sequentialRoundTrips, depth)
    depths.push([s, depth])
  }
  return () => {
    for (const [s, depth] of depths) s.answeredDepth = Math.max(s.answeredDepth, depth)
  }
}
