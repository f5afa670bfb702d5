/**
 * The embed tells the page around it how tall its content is, in the formats newsrooms' pages
 * already listen to: AMP's `amp-iframe` resize request and a message keyed to this project (read
 * by public/embed.js). Heights are CSS pixels, rounded up; a message goes out when the height
 * changes, never twice for the same height.
 */
export const MESSAGE_SOURCE = 'peru-protests-map' // the project key of our own message

export interface AmpSize {
  sentinel: 'amp'
  type: 'embed-size'
  height: number
}
export interface ProjectSize {
  source: typeof MESSAGE_SOURCE
  type: 'embed-size'
  height: number
}

/** The two messages for one height. */
export function heightMessages(height: number): [AmpSize, ProjectSize] {
  const h = Math.ceil(height)
  return [
    { sentinel: 'amp', type: 'embed-size', height: h },
    { source: MESSAGE_SOURCE, type: 'embed-size', height: h },
  ]
}

/**
 * Posts the height of `content` to the parent now and whenever it changes; returns the stop
 * function. Does nothing outside a frame. The height is not secret: any parent may read it ('*').
 */
export function postHeights(content: HTMLElement): () => void {
  if (window.parent === window) return () => undefined
  let last = -1
  const post = () => {
    const height = Math.ceil(content.scrollHeight)
    if (height === last || height === 0) return
    last = height
    for (const message of heightMessages(height)) window.parent.postMessage(message, '*')
  }
  const observer = new ResizeObserver(post)
  observer.observe(content)
  post()
  return function stop() {
    observer.disconnect()
  }
}
