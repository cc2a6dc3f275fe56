import cloud from 'wx-server-sdk'
import { ROLE_LABELS, type Role } from '../../cloudfunctions/common/contract/common'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { listBranchDocs } from '../../cloudfunctions/common/db/members'

/** Pages of the local host only: choose who you are, and read the subscribe-message outbox. */

export const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  )

export const page = (title: string, body: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title>
<style>
body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f6f3f0;color:#2b2b2b}
header{background:#c8161e;color:#fff;padding:18px 16px}header h1{margin:0;font-size:20px}header p{margin:6px 0 0;opacity:.85;font-size:13px}
main{padding:12px 16px;max-width:720px;margin:auto}h2{font-size:15px;color:#8a1a14;margin:18px 0 8px}
form{margin:0}button{width:100%;text-align:left;border:0;background:#fff;border-radius:10px;padding:12px 14px;margin:0 0 8px;font-size:15px;box-shadow:0 1px 2px rgba(0,0,0,.06);cursor:pointer}
button small{color:#888;margin-left:8px}table{width:100%;border-collapse:collapse;background:#fff;font-size:13px}td,th{border-bottom:1px solid #eee;padding:8px;text-align:left;vertical-align:top}
</style></head><body>${body}</body></html>`

const ROLE_ORDER: Role[] = ['leader', 'admin', 'secretary', 'committee', 'member']

const topRole = (member: MemberDoc): Role => ROLE_ORDER.find((role) => member.roles.includes(role)) ?? 'member'

const loginButton = (openid: string, label: string, note: string) =>
  `<form method="post" action="/dev/login"><input type="hidden" name="openid" value="${escape(openid)}">` +
  `<button type="submit" data-openid="${escape(openid)}">${escape(label)}<small>${escape(note)}</small></button></form>`

const database = () => cloud.database() as unknown as Database

export const renderLoginPage = async (): Promise<string> => {
  const db = database()
  const [{ data: members }, branches] = await Promise.all([
    db
      .collection<MemberDoc>(collections.members.name)
      .where({ status: 'active' })
      .orderBy('_id', 'asc')
      .limit(1000)
      .get(),
    listBranchDocs(db),
  ])
  const branchName = new Map(branches.map((branch) => [branch._id, branch.name]))
  const bound = members.filter((member) => member.openid)
  const sections = ROLE_ORDER.map((role) => {
    const people = bound.filter((member) => topRole(member) === role).slice(0, role === 'member' ? 12 : 20)
    if (!people.length) return ''
    const buttons = people
      .map((member) =>
        loginButton(
          member.openid as string,
          member.name,
          `${branchName.get(member.branchId) ?? ''} · ${ROLE_LABELS[role]}`,
        ),
      )
      .join('')
    return `<h2>${ROLE_LABELS[role]}</h2>${buttons}`
  }).join('')
  return page(
    '本地登录 · 智慧支部',
    `<header><h1>智慧支部 · 本地登录</h1><p>仅本地模式可用：选择一位演示用户，模拟其微信身份进入小程序。</p></header><main>` +
      `<h2>新用户</h2>${loginButton('new', '新微信用户', '尚未绑定党员身份')}${sections}</main>`,
  )
}

export const renderOutboxPage = async (): Promise<string> => {
  const { data } = await database()
    .collection<{ touser: string; templateId: string; page?: string; data: unknown; sentAt: Date }>(
      collections.outbox.name,
    )
    .orderBy('sentAt', 'desc')
    .limit(200)
    .get()
  const rows = data
    .map(
      (message) =>
        `<tr><td>${escape(new Date(message.sentAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }))}</td>` +
        `<td>${escape(message.touser)}</td><td>${escape(message.templateId)}</td><td>${escape(message.page ?? '')}</td>` +
        `<td><code>${escape(JSON.stringify(message.data))}</code></td></tr>`,
    )
    .join('')
  return page(
    '订阅消息发件箱 · 智慧支部',
    `<header><h1>订阅消息发件箱</h1><p>本地模式下，发给用户的订阅消息记录在这里（最近 200 条）。</p></header><main>` +
      `<table><tr><th>时间</th><th>接收人</th><th>模板</th><th>页面</th><th>内容</th></tr>${rows || '<tr><td colspan="5">暂无消息</td></tr>'}</table></main>`,
  )
}
