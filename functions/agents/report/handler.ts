import { createActivityStore } from '../../data/activity';
import { makeAgentHandler } from '../runner';
import { createReportAgent } from './report';

export const handler = makeAgentHandler('report', (platform) =>
  createReportAgent({ ...platform, activity: createActivityStore(platform) }),
);
