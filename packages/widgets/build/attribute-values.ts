/**
 * Values of attributes whose manifest type is a name (`PartnerListLayout`, `PartnerKind | ''`):
 * the TypeScript checker reads the element class's field type, following aliases and the
 * contract's inferred types, and reports its string literals — so an editor offers exactly what
 * the code accepts, with no list kept by hand.
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import type { AttributeValues, FieldValuesResolver } from './editor-data.ts';

/** A resolver over the element modules `modules` (manifest paths, relative to `root`). */
export function fieldValuesResolver(root: string, modules: string[]): FieldValuesResolver {
  const configPath = resolve(root, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath);
  // Only the element modules and what they import; no test or runner types.
  const program = ts.createProgram(
    modules.map((module) => resolve(root, module)),
    { ...options, types: [], noEmit: true },
  );
  const checker = program.getTypeChecker();

  return (module, className, field) => {
    const source = program.getSourceFile(resolve(root, module));
    const declaration = source?.statements.find(
      (statement): statement is ts.ClassDeclaration => ts.isClassDeclaration(statement) && statement.name?.text === className,
    );
    if (!declaration?.name) return undefined;
    const instance = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(declaration.name)!);
    const property = checker.getPropertyOfType(instance, field);
    return property ? valuesOf(checker.getTypeOfSymbol(property)) : undefined;
  };
}

/** String literals of a union (`''` dropped); none when any member is open text or a number. */
function valuesOf(type: ts.Type): AttributeValues {
  const members = (type.isUnion() ? type.types : [type]).filter(
    (member) => !(member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)),
  );
  if (members.length > 0 && members.every((member) => member.flags & ts.TypeFlags.BooleanLike)) {
    return { values: [], boolean: true };
  }
  if (members.length === 0 || !members.every((member) => member.isStringLiteral())) return { values: [], boolean: false };
  return { values: members.map((member) => (member as ts.StringLiteralType).value).filter(Boolean), boolean: false };
}
