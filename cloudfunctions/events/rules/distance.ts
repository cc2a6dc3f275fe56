/** Location check-in: haversine distance on a sphere, good to well under a metre at meeting-room scale. */
const EARTH_RADIUS_M = 6_371_008.8

export interface Point {
  latitude: number
  longitude: number
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180

export const haversineMeters = (a: Point, b: Point): number => {
  const dLat = toRadians(b.latitude - a.latitude)
  const dLon = toRadians(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * A phone's reported accuracy widens the circle, but only by this much: a
 * fix that claims ±2 km must not let someone at home in.
 */
export const MAX_ACCURACY_ALLOWANCE_M = 100
/** Beyond this the fix says nothing useful about the room; ask for a better one. */
export const MAX_USABLE_ACCURACY_M = 500

export type LocationVerdict =
  { ok: true; distance: number } | { ok: false; reason: 'inaccurate' | 'too_far'; distance: number }

export const judgeLocation = (
  venue: Point & { radius: number },
  fix: Point & { accuracy: number },
): LocationVerdict => {
  const distance = Math.round(haversineMeters(venue, fix))
  if (fix.accuracy > MAX_USABLE_ACCURACY_M) return { ok: false, reason: 'inaccurate', distance }
  const allowed = venue.radius + Math.min(fix.accuracy, MAX_ACCURACY_ALLOWANCE_M)
  return distance <= allowed ? { ok: true, distance } : { ok: false, reason: 'too_far', distance }
}
