/** Content hashes for the manifest: hex sha256 of a file's exact bytes or of a string. */
import { createHash } from 'node:crypto'

/** @param {string | Uint8Array} data */
export function sha256(data) {
  return createHash('sha256').update(data).digest('hex')
}
