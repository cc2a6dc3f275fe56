export default definePageConfig({ navigationBarTitleText: '积分排名', enablePullDownRefresh: true })
