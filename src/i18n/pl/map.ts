import type { AreaMessages } from '../messages';
import type { map as en } from '../en/map';

export const map: AreaMessages<typeof en> = {};
