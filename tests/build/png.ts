/**
 * The size of a PNG from its header: the IHDR chunk comes first, right after the 8-byte signature
 * (width and height as big-endian 32-bit integers at bytes 16 and 20).
 */
const SIGNATURE = '89504e470d0a1a0a'

export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG')
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}
