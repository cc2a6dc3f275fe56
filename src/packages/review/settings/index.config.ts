export default definePageConfig({ navigationBarTitleText: '评议设置' })
