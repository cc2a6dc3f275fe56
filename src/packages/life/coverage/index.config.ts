export default definePageConfig({ navigationBarTitleText: '谈心谈话覆盖', enablePullDownRefresh: true })
