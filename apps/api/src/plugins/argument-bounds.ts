import {
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import { badInput } from '../lib/errors.js';

/** Characters of a String or ID value without a `@maxLength` of its own. */
export const DEFAULT_MAX_LENGTH = 1000;

// Control characters other than tab, line feed and carriage return have no place in any text here
// (PostgreSQL cannot even store NUL).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const maxLengthOf = (definition: GraphQLArgument | GraphQLInputField): number => {
  const directive = definition.astNode?.directives?.find((d) => d.name.value === 'maxLength');
  const argument = directive?.arguments?.find((a) => a.name.value === 'max')?.value;
  return argument?.kind === Kind.INT ? Number(argument.value) : DEFAULT_MAX_LENGTH;
};

function checkValue(value: unknown, type: GraphQLInputType, max: number, path: string): void {
  if (value == null) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, max, path);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(item, type.ofType, max, `${path}[${i}]`));
    return;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields()))
      checkValue(
        (value as Record<string, unknown>)[field.name],
        field.type,
        maxLengthOf(field),
        `${path}.${field.name}`,
      );
    return;
  }
  const named = getNamedType(type).name;
  if ((named !== 'String' && named !== 'ID') || typeof value !== 'string') return;
  if (value.length > max) throw badInput(`Il campo ${path} può avere al massimo ${max} caratteri.`);
  if (CONTROL_CHARACTERS.test(value)) throw badInput(`Il campo ${path} contiene caratteri non ammessi.`);
}

/**
 * Bounds every String and ID argument of every field of the operation (input objects and lists
 * included, variables resolved), before any resolver runs: a text longer than its `@maxLength` (by
 * default 1000 characters) or with control characters is refused with BAD_USER_INPUT, so no
 * oversized text reaches a query.
 */
export function checkArgumentBounds(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const definition = typeInfo.getFieldDef();
        if (!definition || definition.args.length === 0) return;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(definition, node, variables ?? {});
        } catch {
          // Arguments that do not fit their types: execution refuses them with its own error.
          return;
        }
        for (const argument of definition.args)
          checkValue(values[argument.name], argument.type, maxLengthOf(argument), argument.name);
      },
    }),
  );
}
