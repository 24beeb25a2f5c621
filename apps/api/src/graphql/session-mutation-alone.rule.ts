// A mutation that signs someone in (logIn, signUp, acceptInvitation, switchWorkspace) must be the
// only field of its operation. The request's principal is fixed before it executes anyway, so a
// later field could not act as the new session; refusing the mix also keeps "a request that fails
// writes nothing" true, since such a mutation commits in its own transaction.
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

export const SESSION_MUTATIONS = new Set(['logIn', 'signUp', 'acceptInvitation', 'switchWorkspace']);

/** The root fields an operation selects, through fragments and inline fragments. */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  const names: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) names.push(...rootFields(selection.selectionSet, fragments, seen));
    else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      seen.add(name);
      names.push(...rootFields(fragment.selectionSet, fragments, seen));
    }
  }
  return names;
}

export function sessionMutationAloneRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return;
      const fragments = new Map(
        context
          .getDocument()
          .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      );
      const fields = rootFields(operation.selectionSet, fragments).filter((name) => name !== '__typename');
      const signing = fields.filter((name) => SESSION_MUTATIONS.has(name));
      if (signing.length > 0 && fields.length > 1) {
        context.reportError(
          new GraphQLError(`${signing[0]} issues a session for the next request: send it alone, without other fields in the same operation.`, {
            nodes: [operation],
          }),
        );
      }
    },
  };
}
