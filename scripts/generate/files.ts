import { join } from 'node:path';
import { REPO_ROOT } from '../../infra/paths';
import { workflowJsonSchema } from '../../statemachines/json-schema';

/**
 * Files checked in but made from code. `npm run generate` writes them; test/unit/generated-files.test.ts fails
 * when one is stale, so a change to the source is never shipped without its generated file.
 */
export interface GeneratedFile {
  /** Relative to the repository root. */
  readonly path: string;
  /** What it says the file is made from, for the staleness message. */
  readonly source: string;
  readonly render: () => Promise<string>;
}

export const WORKFLOW_SCHEMA_PATH = 'schema/workflow.schema.json';
export const CLIENT_TYPES_PATH = 'packages/client/src/schema.ts';
export const DEPLOYED_OPENAPI_PATH = 'functions/api/openapi.generated.json';
export const TOOL_SCHEMAS_PATH = 'functions/supervisor/tool-schemas.generated.json';

export const GENERATED_FILES: readonly GeneratedFile[] = [
  {
    path: WORKFLOW_SCHEMA_PATH,
    source: 'the zod schema in statemachines/schema.ts',
    render: async () => `${JSON.stringify(workflowJsonSchema(), null, 2)}\n`,
  },
  {
    path: CLIENT_TYPES_PATH,
    source: 'the OpenAPI document (functions/api: the route table and its zod schemas)',
    render: async () => {
      const { renderClientTypes } = await import('../../packages/client/scripts/render-types');
      const { openApiDocument } = await import('../../functions/api/app');
      return renderClientTypes(openApiDocument());
    },
  },
  {
    // What the api-docs function serves as GET /openapi.json (functions/api/groups/docs.ts).
    path: DEPLOYED_OPENAPI_PATH,
    source: 'the OpenAPI document (functions/api: the route table and its zod schemas), packed',
    render: async () => {
      const { packDocument } = await import('../../functions/api/openapi-pack');
      const { openApiDocument } = await import('../../functions/api/app');
      return `${JSON.stringify(packDocument(openApiDocument()), null, 2)}\n`;
    },
  },
  {
    // What ai.task offers the model as each action's tool input (functions/supervisor/route.ts).
    path: TOOL_SCHEMAS_PATH,
    source: "the catalogue's input schemas of the agent-performed actions (statemachines/catalogue)",
    render: async () => {
      const { renderToolSchemas } = await import('../../functions/supervisor/tool-schemas');
      return `${JSON.stringify(renderToolSchemas(), null, 2)}\n`;
    },
  },
];

export const absolutePath = (file: GeneratedFile): string => join(REPO_ROOT, file.path);
