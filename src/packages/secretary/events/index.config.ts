export default definePageConfig({ navigationBarTitleText: '支部活动', enablePullDownRefresh: true })
