/** The 组织生活 subpackage's pages (src/packages/life). */
export const TALKS_PAGE = '/packages/life/talks/index'
export const TALK_NEW_PAGE = '/packages/life/talk-new/index'
export const LIFE_MEETING_PAGE = '/packages/life/meeting/index'
export const BIRTHDAYS_PAGE = '/packages/life/birthdays/index'
export const TALK_COVERAGE_PAGE = '/packages/life/coverage/index'

export const lifeMeetingUrl = (eventId: string) => `${LIFE_MEETING_PAGE}?eventId=${eventId}`
