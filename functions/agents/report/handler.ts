// Deployed: build the Platform from this function's environment at cold start (the local runtime sets its own).
import '../../adapters/aws-platform';
import { createActivityStore } from '../../data/activity';
import { makeAgentHandler } from '../runner';
import { createReportAgent } from './report';

export const handler = makeAgentHandler('report', (platform) =>
  createReportAgent({ ...platform, activity: createActivityStore(platform) }),
);
