import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { TalkKind } from '@contract/reviewLabels'
import { recordTalk, talkCoverage } from '@/api/organisationLife'
import { useBoundProfile } from '@/hooks/me'
import { useFieldError } from '@/hooks/useFieldError'
import { useRequest } from '@/hooks/useRequest'
import { useSubmit } from '@/hooks/useSubmit'
import { newRequestId } from '@/utils/requestId'
import { shanghai } from '@/utils/time'

export interface TalkForm {
  withId: string
  on: string
  kind: TalkKind
  topic: string
  notes: string
}

const FIELDS = new Set(['withId', 'on', 'topic', 'notes'])

/** 记录谈心谈话: the branch's members to pick from (those not yet talked with first), and the form. */
export function useTalkForm(withId = '') {
  const { profile } = useBoundProfile()
  const year = shanghai().year()
  const branchId = profile?.branchId ?? ''
  const coverage = useRequest(() => talkCoverage(branchId, year, { silent: true }), [branchId, year], {
    ready: Boolean(branchId),
  })
  const [form, setForm] = useState<TalkForm>({
    withId,
    on: shanghai().format('YYYY-MM-DD'),
    kind: 'heart',
    topic: '',
    notes: '',
  })
  const [requestId] = useState(newRequestId)
  const errors = useFieldError((field) => FIELDS.has(field))
  const update = (change: Partial<TalkForm>) => {
    setForm((previous) => ({ ...previous, ...change }))
    for (const field of Object.keys(change)) errors.changed(field)
  }
  const saving = useSubmit(() => recordTalk({ ...form, requestId }, { silent: true }), {
    onError: (err) => errors.fail(err, '保存失败，请稍后再试'),
    toast: { title: '已记录' },
    onDone: () => Taro.navigateBack().catch(() => undefined),
  })
  const missing = new Set(coverage.data?.secretary.missing.map((member) => member.id))
  const members = (coverage.data?.members ?? [])
    .filter((member) => member.id !== profile?.memberId)
    .sort((a, b) => Number(missing.has(b.id)) - Number(missing.has(a.id)))
  const submit = () => {
    errors.reset()
    if (!form.withId) return errors.fail(undefined, '请选择谈话对象')
    return saving.run()
  }
  return { form, update, members, coverage, errors, submit, saving: saving.running, lastYear: year - 1 }
}
