// A port nobody listens on now, asked of the system: others run servers on this machine too.
// Shared by the scripts that start servers (tests/run.mjs, tests/lighthouse/run.mjs,
// tests/bench/run.mjs).
import { createServer } from 'node:net'

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer()
    probe.on('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => ok(port))
    })
  })
}
