/** Routes of the notices feature. */
export const NOTICE_DETAIL_PAGE = '/pages/notice-detail/index'
export const NOTICES_TAB_PAGE = '/pages/notices/index'
export const MANAGE_PAGE = '/packages/notices/manage/index'
export const EDIT_PAGE = '/packages/notices/edit/index'
export const RECEIPTS_PAGE = '/packages/notices/receipts/index'
/** The events feature's member check-in page. */
export const CHECKIN_PAGE = '/pages/checkin/index'
