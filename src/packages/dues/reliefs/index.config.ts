export default definePageConfig({ navigationBarTitleText: '党费减免审批', enablePullDownRefresh: true })
