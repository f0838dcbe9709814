// Writes schema/pipeline.schema.json from the zod schema, so editors can validate pipeline files.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { pipelineSchema } from '../src/pipeline/config.js';

const schema = z.toJSONSchema(pipelineSchema, { io: 'input' });
writeFileSync(new URL('../schema/pipeline.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
