import { comuni } from '@sportello/db';
import { columns, type PlanModule } from '../../lib/sql-planner/index.js';

export const networkPlans: PlanModule = {
  Comune: {
    table: comuni,
    always: ['istatCode'],
    fields: {
      istatCode: columns('istatCode'),
      name: columns('name'),
      provinceCode: columns('provinceCode'),
      provinceName: columns('provinceName'),
      regionName: columns('regionName'),
      latitude: columns('latitude'),
      longitude: columns('longitude'),
    },
  },
};
