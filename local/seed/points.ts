import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import {
  claimDoc,
  type ClaimDoc,
  type MaterialDoc,
  type StudySessionDoc,
} from '../../cloudfunctions/common/db/models/points'
import { grantPointsNow } from '../../cloudfunctions/common/points/grantPoints'
import { grantClaim } from '../../cloudfunctions/points/claims'
import { studyGrant } from '../../cloudfunctions/points/materials'
import { secretaryOf } from './organisation'

/**
 * Points demo data: study materials, and a few weeks of history for the bound
 * demo members (studies, approved reflections, manual awards) granted through
 * grantPointsNow, so the totals and rankings are exactly what the ledger says.
 * Two claims wait in 第一支部's review queue. Deterministic for a given `now`.
 */
const DAY = 24 * 3600 * 1000

const PARTY_CONSTITUTION = [
  '## 学习要点',
  '党章是党的根本大法，是全党必须共同遵守的根本行为规范。认真学习党章、严格遵守党章，是加强党的建设的一项基础性经常性工作。',
  '**党员的八项义务**：认真学习马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观和习近平新时代中国特色社会主义思想；贯彻执行党的基本路线和各项方针、政策；坚持党和人民的利益高于一切；自觉遵守党的纪律；维护党的团结和统一；切实开展批评和自我批评；密切联系群众；发扬社会主义新风尚。',
  '## 学习要求',
  '请结合本岗位工作实际，逐条对照党员义务，查找差距，明确努力方向。',
].join('\n\n')

const materials = (now: Date): MaterialDoc[] => [
  article(
    'mat-constitution',
    '《中国共产党章程》学习',
    PARTY_CONSTITUTION,
    60,
    null,
    'm005',
    new Date(now.getTime() - 30 * DAY),
  ),
  article(
    'mat-congress',
    '党的二十大报告精神学习',
    '## 主题\n\n高举中国特色社会主义伟大旗帜，全面贯彻新时代中国特色社会主义思想，弘扬伟大建党精神，自信自强、守正创新，踔厉奋发、勇毅前行，为全面建设社会主义现代化国家、全面推进中华民族伟大复兴而团结奋斗。\n\n**学习提示**：重点理解“两个确立”的决定性意义。',
    120,
    null,
    'm005',
    new Date(now.getTime() - 20 * DAY),
  ),
  article(
    'mat-discipline',
    '《中国共产党纪律处分条例》要点',
    '## 六项纪律\n\n政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律。\n\n每一名党员都要把纪律挺在前面，做到知敬畏、存戒惧、守底线。',
    90,
    null,
    'm005',
    new Date(now.getTime() - 10 * DAY),
  ),
  article(
    'mat-b1-safety',
    '第一支部：安全生产与党建融合',
    '## 支部学习\n\n结合本部门安全生产工作，党员要在关键岗位、急难险重任务中发挥先锋模范作用。\n\n请各位党员学习后在党小组会上交流体会。',
    60,
    'b1',
    'm001',
    new Date(now.getTime() - 5 * DAY),
  ),
]

export function article(
  _id: string,
  title: string,
  body: string,
  requiredSeconds: number,
  branchId: string | null,
  publishedBy: string,
  publishedAt: Date,
): MaterialDoc {
  return {
    _id,
    title,
    kind: 'article',
    body,
    videoUrl: null,
    videoFileID: null,
    requiredSeconds,
    branchId,
    publishedBy,
    publishedAt,
  }
}

/** Shanghai 20:00 `daysAgo` days before now: evening study, spread over the past weeks. */
const eveningOf = (now: Date, daysAgo: number) => {
  const day = new Date(now.getTime() - daysAgo * DAY)
  return new Date(`${day.toISOString().slice(0, 10)}T12:00:00Z`)
}

export const seedPoints = async (db: Database, now: Date): Promise<void> => {
  const seeded = materials(now)
  await db.collection(collections.studyMaterials.name).add({ data: seeded })
  const { data: bound } = await db
    .collection<MemberDoc>(collections.members.name)
    .where({ openid: db.command.neq(null) })
    .orderBy('_id', 'asc')
    .limit(1000)
    .get()
  for (const [index, member] of bound.entries()) {
    const studied = seeded
      .filter((material) => !material.branchId || material.branchId === member.branchId)
      .slice(0, index % 4)
    for (const [order, material] of studied.entries()) {
      const at = eveningOf(now, 1 + ((index + order * 3) % 12))
      const session: StudySessionDoc = {
        _id: `${material._id}:${member._id}`,
        materialId: material._id,
        memberId: member._id,
        startedAt: new Date(at.getTime() - material.requiredSeconds * 1000),
        completedAt: at,
      }
      await db.collection(collections.studySessions.name).add({ data: session })
      await grantPointsNow(db, studyGrant(material, member), at)
    }
    if (index % 3 === 0) await approvedReflection(db, member._id, member.branchId, eveningOf(now, 2 + (index % 5)))
    if (index % 5 === 1)
      await grantPointsNow(
        db,
        {
          memberId: member._id,
          branchId: member.branchId,
          category: 'manual',
          points: 1 + (index % 4),
          key: `manual:seed:${member._id}`,
          reason: '积极参加志愿服务活动',
          createdBy: secretaryOf(member.branchId),
        },
        eveningOf(now, 3),
      )
  }
  await db.collection(collections.pointsClaims.name).add({ data: pendingClaims(now) })
}

/** A reflection the secretary approved, granted exactly as the review grants it. */
const approvedReflection = async (db: Database, memberId: string, branchId: string, at: Date) => {
  const claim: ClaimDoc = {
    ...claimDoc(
      `seed-reflection-${memberId}`,
      { _id: memberId, branchId },
      { category: 'reflection', title: '学习党章的心得体会', content: REFLECTION },
      new Date(at.getTime() - 3600 * 1000),
    ),
    status: 'approved',
    reviewedBy: secretaryOf(branchId),
    reviewedAt: at,
    grantedPoints: 5,
  }
  await db.collection(collections.pointsClaims.name).add({ data: claim })
  await db.runTransaction((tx) => grantClaim(tx, claim, secretaryOf(branchId), at))
}

const REFLECTION =
  '通过本次集中学习党章，我对党的性质、宗旨和党员的权利义务有了更加系统、深入的认识。党章是立党、治党、管党的总章程，作为一名共产党员，必须把学习党章作为终身必修课。在今后的工作中，我将始终对照党章要求检视自己，做到在思想上认同、政治上维护、行动上践行；立足本职岗位，在安全生产、技术攻关、服务群众等方面勇于担当，主动作为，以实际行动践行入党誓词，发挥好先锋模范作用，为支部建设贡献自己的力量。'

const pendingClaims = (now: Date): ClaimDoc[] => [
  claimDoc(
    'seed-claim-pending-1',
    { _id: 'm007', branchId: 'b1' },
    { category: 'reflection', title: '学习二十大报告体会', content: REFLECTION },
    new Date(now.getTime() - 2 * 3600 * 1000),
  ),
  claimDoc(
    'seed-claim-pending-2',
    { _id: 'm008', branchId: 'b1' },
    {
      category: 'offline',
      title: '参观红色教育基地',
      content: '周六随党小组参观了市革命历史纪念馆，重温入党誓词，接受了一次深刻的党性教育。',
    },
    new Date(now.getTime() - 3600 * 1000),
  ),
]
