/**
 * The timeline: a day hides what happened after it and shows what happened by then, writes
 * `?date=`, and a link with `?date=` sets it. Undated features stay visible; no date shows all.
 */
import { expect, openMap, test } from './fixtures.ts'

const HUAMANGA_DEATHS = 'path.place-point.layer-deaths.place-deaths-huamanga-2022-12-15'
const ANDAHUAYLAS_DEATHS = 'path.place-point.place-deaths-andahuaylas-airport-2022-12-11'

test('with no date in the link everything shows', async ({ page }) => {
  await openMap(page, '/?layers=deaths,context&lang=en')
  await expect(page.locator(HUAMANGA_DEATHS)).toHaveCount(1)
  await expect(page.locator(ANDAHUAYLAS_DEATHS)).toHaveCount(1)
  await expect(page.getByRole('button', { name: 'All dates' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
})

test('a link with ?date= shows what had happened by that day', async ({ page }) => {
  await openMap(page, '/?layers=deaths,context&lang=en&date=2022-12-12')
  await expect(page.locator(ANDAHUAYLAS_DEATHS)).toHaveCount(1)
  await expect(page.locator(HUAMANGA_DEATHS)).toHaveCount(0)
  // The 2019 events are before the strip: they stay visible.
  expect(await page.locator('path.layer-context').count()).toBeGreaterThan(0)
})

test('choosing a day hides and shows dated features and writes ?date=', async ({ page }) => {
  await openMap(page, '/?layers=deaths&lang=en')
  await page.getByRole('button', { name: '11 Dec 2022', exact: true }).click()
  await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2022-12-11')
  await expect(page.locator(HUAMANGA_DEATHS)).toHaveCount(0)
  await expect(page.locator(ANDAHUAYLAS_DEATHS)).toHaveCount(1)
  await page.getByRole('button', { name: '15 Dec 2022', exact: true }).click()
  await expect(page.locator(HUAMANGA_DEATHS)).toHaveCount(1)
  await page.getByRole('button', { name: 'All dates' }).click()
  await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBeNull()
})

test('the play button steps through the days', async ({ page }) => {
  await openMap(page, '/?layers=deaths&lang=en')
  await page.getByRole('button', { name: /play/i }).click()
  await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2022-12-07')
  await expect
    .poll(() => new URL(page.url()).searchParams.get('date'), { timeout: 5000 })
    .toBe('2022-12-09')
  await page.getByRole('button', { name: /pause/i }).click()
})
