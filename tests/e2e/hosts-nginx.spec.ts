/** The built site on Debian's nginx: hostSuite.ts. */
import { describeHost } from './hostSuite.ts'

describeHost('nginx')
