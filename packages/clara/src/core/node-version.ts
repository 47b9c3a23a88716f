// The client needs Node.js 22.19 or newer (undici 8, which the mTLS transport uses). On an older Node it would
// die deep inside undici with "Cannot read properties of undefined (reading 'bind')": say what is needed instead.
import { ClaraConfigError } from '@org/clara-auth';

export const MINIMUM_NODE = '22.19.0';

export function assertSupportedNode(version: string = process.versions.node): void {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [needMajor = 0, needMinor = 0] = MINIMUM_NODE.split('.').map(Number);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return;
  throw new ClaraConfigError(`The Clara client needs Node.js ${MINIMUM_NODE} or newer; this is Node.js ${version}. Upgrade Node.js (22 LTS from 22.19, or 24).`);
}
