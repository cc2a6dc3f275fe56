export default definePageConfig({ navigationBarTitleText: '提交学习申请' })
