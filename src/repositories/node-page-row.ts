import type { Props } from './node-mapper';
import type { PageEntry, PageRow } from './paging';

/** The row of a list query whose entries are single nodes. */
export type NodePageRow = PageRow<PageEntry & { node: Props }> & Record<string, unknown>;
