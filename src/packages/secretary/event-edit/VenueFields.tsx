import { useState } from 'react'
import { Picker, Text } from '@tarojs/components'
import type { Venue } from '@contract'
import { EVENT_TEXT_LIMITS } from '@contract/eventTypes'
import LimitedText from '@/components/LimitedText'
import type { EventForm } from '@/hooks/events/eventForm'
import Field from '../components/Field'
import InputField from '../components/InputField'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

interface Props {
  form: EventForm
  venues: Venue[]
  update: <K extends keyof EventForm>(key: K, value: EventForm[K]) => void
  pickVenue: (venue: Venue) => void
  pickOnMap: () => void
}

const pointText = (form: EventForm) =>
  form.latitude && form.longitude ? `${form.latitude}, ${form.longitude}` : '未设置（仅签到码签到）'

/** 地图位置: WeChat's map picker on weapp; on h5, where there is none, coordinates typed only when asked for. */
function PointFields({ form, update, pickOnMap }: Pick<Props, 'form' | 'update' | 'pickOnMap'>) {
  const [typing, setTyping] = useState(false)
  return (
    <>
      <Field label="地图位置">
        {IS_WEAPP ? (
          <Text className="form-card__picker" onClick={pickOnMap}>
            {form.latitude ? pointText(form) : '在地图上选择'}
          </Text>
        ) : (
          <Text
            id="event-point"
            className="form-card__static"
            onClick={() => setTyping(true)}
            data-testid="event-point"
          >
            {pointText(form)}
            {!typing && <Text className="form-card__link"> 手动填写</Text>}
          </Text>
        )}
      </Field>
      {!IS_WEAPP && typing && (
        <>
          <InputField
            label="纬度"
            id="event-latitude"
            type="digit"
            placeholder="如 31.230416"
            value={form.latitude}
            onChange={(v) => update('latitude', v)}
          />
          <InputField
            label="经度"
            id="event-longitude"
            type="digit"
            placeholder="如 121.473701"
            value={form.longitude}
            onChange={(v) => update('longitude', v)}
          />
        </>
      )}
    </>
  )
}

/** 活动地点: the name, a venue the branch used before (with its coordinates), the point and the check-in radius. */
export default function VenueFields({ form, venues, update, pickVenue, pickOnMap }: Props) {
  return (
    <>
      <Field label="活动地点">
        <LimitedText
          id="event-venue"
          label="活动地点"
          limit={EVENT_TEXT_LIMITS.venue}
          placeholder="如：三楼党员活动室"
          value={form.venueName}
          onChange={(v) => update('venueName', v)}
        />
      </Field>
      {venues.length > 0 && (
        <Field label="常用地点">
          <Picker
            mode="selector"
            range={venues.map((venue) => venue.name)}
            onChange={(e) => pickVenue(venues[Number(e.detail.value)])}
          >
            <Text id="event-venue-pick" className="form-card__picker form-card__picker--link">
              从本支部用过的地点中选择
            </Text>
          </Picker>
        </Field>
      )}
      <PointFields form={form} update={update} pickOnMap={pickOnMap} />
      <InputField
        label="签到范围(米)"
        id="event-radius"
        type="number"
        value={form.radius}
        onChange={(v) => update('radius', v)}
      />
    </>
  )
}
