// `clara usage [--month YYYY-MM]`: the project's API usage for the current or a past month.
import type { CliIo } from '../io.js';
import type { Month } from '../arguments.js';
import { clientOptions, type ConnectionOptions, type CountrySdk } from '../sdk.js';
import { renderUsage } from './render.js';
import { summarise, type UsageLog } from './summary.js';

export async function usage(sdk: CountrySdk, options: ConnectionOptions, month: Month | undefined, io: CliIo): Promise<number> {
  const client = sdk.createClaraClient(clientOptions(options));
  try {
    const log: UsageLog = month ? await client.v1.logs.getByMonth(String(month.year), String(month.month).padStart(2, '0')) : await client.v1.logs.getCurrent();
    const period = monthName(month ?? { year: new Date().getUTCFullYear(), month: new Date().getUTCMonth() + 1 });
    const title = `Clara API usage: ${sdk.country.name} (${sdk.country.code}), ${month ? period : `current month (${period})`}`;
    io.stdout.write(renderUsage(summarise(log), title, io.stdout));
    return 0;
  } finally {
    await client.close();
  }
}

const monthName = ({ year, month }: Month): string =>
  new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
