/*
 * Optional script for pages that embed the Peru protests map: resizes each of the map's iframes
 * to the height its content asks for. The embed posts { source: 'peru-protests-map',
 * type: 'embed-size', height } (and AMP's { sentinel: 'amp', type: 'embed-size', height });
 * messages from any other origin than this script's own are ignored. No inline code, no eval:
 * it works under a strict Content-Security-Policy that allows this script's address.
 *
 *   <script src="https://example.org/peru-map/embed.js" async></script>
 */
;(() => {
  const MIN_HEIGHT = 150 // px: never collapse the frame
  const MAX_HEIGHT = 4000 // px: never grow it without bound
  const script = document.currentScript
  const origin = new URL(script?.src || window.location.href).origin
  window.addEventListener('message', (event) => {
    if (event.origin !== origin) return
    const data = event.data
    if (data?.source !== 'peru-protests-map' || data.type !== 'embed-size') return
    const height = Math.ceil(Number(data.height))
    if (!Number.isFinite(height)) return
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height))}px`
      }
    }
  })
})()
