/** Natural ids of the notices domain: "once per member" is enforced by the key itself. */
export const receiptId = (noticeId: string, memberId: string) => `${noticeId}:${memberId}`

export const versionId = (noticeId: string, version: number) => `${noticeId}:v${version}`

export const subscriptionId = (memberId: string, templateId: string) => `${memberId}:${templateId}`

export const SETTINGS_ID = 'subscribe'
