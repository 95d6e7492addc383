import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readStageConfig } from './config';
import { DynarisStack } from './stack';
import { loadTemplates } from './templates';

const app = new App();
const config = readStageConfig(app.node);
const account = process.env.CDK_DEPLOY_ACCOUNT ?? process.env.CDK_DEFAULT_ACCOUNT;
const region = process.env.CDK_DEPLOY_REGION ?? process.env.CDK_DEFAULT_REGION ?? process.env.AWS_REGION;

new DynarisStack(app, `Dynaris-${config.stage}`, {
  config,
  templates: loadTemplates(),
  description: `Dynaris workflow automation (${config.stage})`,
  ...(account || region ? { env: { ...(account ? { account } : {}), ...(region ? { region } : {}) } } : {}),
  tags: { project: 'dynaris', stage: config.stage },
});
// cdk-nag AwsSolutions on every synth: an unacknowledged finding stops it (`-c nag=false` to skip).
if (app.node.tryGetContext('nag') !== false && app.node.tryGetContext('nag') !== 'false') {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
}
app.synth();
