/**
 * What the accessibility features tell each other across their chunks: a message for the live
 * region (ui/Announcer.tsx) and the request to open the keys' help (the `?` key on the map,
 * map/RegionKeys.tsx, opens ui/KeysHelp.tsx). A tiny event hub, so neither imports the other.
 */
type Listener<T> = (value: T) => void

function hub<T>() {
  const listeners = new Set<Listener<T>>()
  return {
    emit: (value: T) => {
      for (const listener of listeners) listener(value)
    },
    listen: (listener: Listener<T>) => {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

/** Something for the polite live region to say. */
export const announcements = hub<string>()
/** The keys' help is asked for. */
export const keysHelpRequests = hub<void>()
