/** The credited data sets, read once per build for every page's footer. */
import { readDataSources } from '../node/catalog-files.ts';

export const credits = readDataSources();
