// `User-Agent: @org/clara-mx/1.2.0 node/24.21.0 my-erp/3.1`: which SDK and runtime sent a request (and, with
// `appInfo`, which application), for Clara's logs and support.
import { ClaraConfigError } from '@org/clara-auth';

export interface AppInfo {
  name: string;
  version: string;
}

export interface PackageInfo {
  name: string;
  version: string;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z@/-]+$/;

export function userAgent(sdk: PackageInfo, appInfo: unknown): string {
  const parts = [`${sdk.name}/${sdk.version}`, `node/${process.versions.node}`];
  if (appInfo !== undefined) {
    const { name, version } = (appInfo ?? {}) as Partial<AppInfo>;
    for (const [field, value] of [['name', name], ['version', version]] as const) {
      if (typeof value !== 'string' || !TOKEN.test(value)) {
        throw new ClaraConfigError(`options.appInfo.${field} must be a non-empty string of letters, digits and -._~@/ (no spaces), got ${JSON.stringify(value)}`);
      }
    }
    parts.push(`${name}/${version}`);
  }
  return parts.join(' ');
}
