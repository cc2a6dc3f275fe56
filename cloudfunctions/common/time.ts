import { dayjs, ZONE } from './periods'

/** Instants in the product's zone (Asia/Shanghai); period keys, labels and ranges are in `./periods`. */
export { ZONE, dayjs }

export const inZone = (at: Date | string | number) => dayjs(at).tz(ZONE)
