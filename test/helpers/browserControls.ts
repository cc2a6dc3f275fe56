/** Driving Taro's h5 controls the way a finger does, for the browser suites. */
import type { Page } from 'playwright-core'

/** Taro's h5 modal: its outer box has no size, so the buttons are what is waited for. */
export const confirmModal = async (page: Page, button = '确定') => {
  await page.locator('.taro-modal__foot').getByText(button, { exact: true }).click()
}

/** Height of one entry in Taro's h5 picker. */
const PICKER_LINE = 34

/** Picks the `index`-th entry of the h5 picker `trigger` opens: its mask covers the items, so the column is dragged, as a finger does. */
export const pickInPicker = async (page: Page, trigger: string, index: number) => {
  await page.locator(trigger).click()
  const picker = page.locator('.weui-picker:visible')
  const column = (await picker.locator('.weui-picker__group').first().boundingBox())!
  const x = column.x + column.width / 2
  const y = column.y + column.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x, y - PICKER_LINE * index, { steps: 8 })
  await page.mouse.up()
  await picker.locator('.weui-picker__action').getByText('确定').click()
}
