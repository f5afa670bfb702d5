/**
 * What a page's live map opens on (src/map/RouteFocus.tsx), as the static frame's script needs
 * it: `/` fits Peru, a region page fits the region (at most FIT_MAX_ZOOM), a place page fits the
 * place's area or its point (a box of no size) at POINT_ZOOM.
 */
import { FIT_MAX_ZOOM, POINT_ZOOM } from '../../map/constants.ts'
import type { FrameTarget } from '../../map/frame.ts'
import type { RegionIndex } from '../../model/regions.ts'
import type { PlaceEntry } from '../../model/story.ts'

export type Focus =
  | { kind: 'home' }
  | { kind: 'region'; iso: string }
  | { kind: 'place'; entry: PlaceEntry }

export function frameTarget(focus: Focus, regions: RegionIndex): FrameTarget {
  const peru = regions.peruBounds
  if (focus.kind === 'region') {
    const region = regions.byIso(focus.iso)
    if (region) return { peru, fit: region.bounds, maxZoom: FIT_MAX_ZOOM }
  }
  if (focus.kind === 'place') {
    const { entry } = focus
    if (entry.bounds) return { peru, fit: entry.bounds, maxZoom: FIT_MAX_ZOOM }
    // RouteFocus fits a point as a box of no size: centred in the uncovered map, at POINT_ZOOM
    // (the first view's zoom, Peru fitted, is always below it).
    return { peru, fit: [entry.anchor, entry.anchor], maxZoom: POINT_ZOOM }
  }
  return { peru, fit: peru }
}
