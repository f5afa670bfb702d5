/**
 * The map's zoom as React state, following every `zoomend`. A component that mounts while the map
 * is moving (the lazy parts mount after the first paint, often right as a link's view is fitted)
 * reads the zoom when it renders but listens only once its effects run; a zoom finished in between,
 * as a jump with reduced motion is, would be missed for good (the spread symbols were then drawn
 * where zoom 5 had put them, hundreds of pixels off at zoom 8). So the effect catches up once it
 * listens.
 */
import { useEffect, useState } from 'react'
import { useMap } from 'react-leaflet'

export function useMapZoom(): number {
  const map = useMap()
  const [zoom, setZoom] = useState(() => map.getZoom())
  useEffect(
    function follow() {
      const update = () => setZoom(map.getZoom())
      map.on('zoomend', update)
      update() // a zoom that ended between the render and now
      return () => {
        map.off('zoomend', update)
      }
    },
    [map],
  )
  return zoom
}
