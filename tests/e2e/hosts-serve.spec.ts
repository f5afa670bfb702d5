/** The built site on the npm static server `serve`: hostSuite.ts. */
import { describeHost } from './hostSuite.ts'

describeHost('serve')
