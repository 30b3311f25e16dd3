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

/**
 * Control characters other than tab, line feed and carriage return have no place in any text here
 * (PostgreSQL cannot even store NUL).
 */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

const maxLengthOf = (definition: GraphQLArgument | GraphQLInputField): number => {
  const directive = definition.astNode?.directives?.find((d) => d.name.value === 'maxLength');
  const argument = directive?.arguments?.find((a) => a.name.value === 'max')?.value;
  return argument?.kind === Kind.INT ? Number(argument.value) : DEFAULT_MAX_LENGTH;
};

function checkValue(value: unknown, type: GraphQLInputType, max: number, path: string): void {
  if (value == null) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (Array.isArray(value))
      for (const [i, item] of value.entries()) checkValue(item, inner.ofType, max, `${path}[${i}]`);
  } else if (isInputObjectType(inner)) {
    for (const field of Object.values(inner.getFields())) {
      const fieldValue = (value as Record<string, unknown>)[field.name];
      checkValue(fieldValue, field.type, maxLengthOf(field), `${path}.${field.name}`);
    }
  } else if (typeof value === 'string' && ['String', 'ID'].includes(getNamedType(inner).name)) {
    if (value.length > max) throw badInput(`Il campo ${path} può avere al massimo ${max} caratteri.`);
    if (hasControlCharacter(value)) throw badInput(`Il campo ${path} contiene caratteri non ammessi.`);
  }
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
