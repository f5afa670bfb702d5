/**
 * The map on a day shows the state at the end of that day (src/model/timeline.ts), in one page:
 * on the article's date the deaths markers and the total beside the timeline match the data (21
 * people, not the 23 the map once showed); on 19 December the curfew has ended in the provinces
 * DS 147-2022-PCM lifted, and after 20 December in all of them. INEI is credited while provinces
 * are drawn.
 */
import { dataset } from '../../data/index.ts'
import { deathsTotalAt, isPlaceShownAt } from '../../src/model/timeline.ts'
import { expect, openMap, test } from './fixtures.ts'

const DEATH_MARKERS = 'path.place-point.layer-deaths'
const PROVINCES = 'path.place-area.layer-curfew'
const province = (id: string) => `path.place-area.place-${id}`
const deathPlacesOn = (day: string) =>
  dataset.places.filter((p) => p.layer === 'deaths' && isPlaceShownAt(p, day)).length
const curfewOn = (day: string) =>
  dataset.places.filter((p) => p.kind === 'curfew' && isPlaceShownAt(p, day)).length

test('16, 19 and 21 December: deaths and curfew provinces as they were that day', async ({
  page,
}) => {
  await openMap(page, '/?layers=deaths,curfew&lang=en&date=2022-12-16')
  const total = page.locator('.timeline-deaths')
  await expect(total).toHaveAttribute(
    'data-count',
    String(deathsTotalAt(dataset.places, '2022-12-16')),
  )
  await expect(total).toHaveAttribute('data-count', '21')
  await expect(total).toHaveAttribute('data-as-of', '2022-12-16')
  await expect(total).toContainText('21 killed')
  await expect(page.locator(DEATH_MARKERS)).toHaveCount(deathPlacesOn('2022-12-16'))
  for (const later of ['deaths-huamanga-2022-12-17', 'deaths-huamanga-2022-12-21', 'deaths-chala'])
    await expect(page.locator(`${DEATH_MARKERS}.place-${later}`)).toHaveCount(0)
  await expect(page.locator(PROVINCES)).toHaveCount(curfewOn('2022-12-16'))
  await expect(page.locator(PROVINCES)).toHaveCount(15)
  await expect(page.locator('path.place-point.layer-curfew')).toHaveCount(0)
  await expect(page.locator('.leaflet-control-attribution')).toContainText('INEI')

  await page.getByRole('button', { name: '19 Dec 2022', exact: true }).click()
  await expect(total).toHaveAttribute('data-count', '23')
  await expect(page.locator(DEATH_MARKERS)).toHaveCount(deathPlacesOn('2022-12-19'))
  await expect(page.locator(PROVINCES)).toHaveCount(13)
  for (const lifted of ['curfew-viru', 'curfew-cangallo', 'curfew-huamanga'])
    await expect(page.locator(province(lifted))).toHaveCount(0)
  await expect(page.locator(province('curfew-arequipa'))).toHaveCount(1)

  await page.getByRole('button', { name: '21 Dec 2022', exact: true }).click()
  await expect(total).toHaveAttribute('data-count', '24')
  await expect(page.locator(PROVINCES)).toHaveCount(0)
  await expect(page.locator('.leaflet-control-attribution')).not.toContainText('INEI')
})
