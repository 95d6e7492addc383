// Tests run with JSON.parse as every deployed function and the local runtime run it (functions/shared/json-parse.ts).
import '../../functions/shared/json-parse-install';
