import { mergePlans } from './lib/sql-planner/index.js';
import { applicationPlans } from './modules/applications/plans.js';
import { citizenPlans } from './modules/citizens/plans.js';
import { cvPlans } from './modules/cvs/plans.js';
import { networkPlans } from './modules/network/plans.js';
import { vacancyPlans } from './modules/vacancies/plans.js';

/** How the hot nested reads are planned into one statement (see lib/sql-planner), module by module. */
export const plans = mergePlans([networkPlans, cvPlans, citizenPlans, vacancyPlans, applicationPlans]);
