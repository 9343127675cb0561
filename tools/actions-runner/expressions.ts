// The `${{ … }}` expressions of a workflow step, as this runner evaluates them: from a small table
// of what this project's workflows use, so that any other expression fails.

/** What the runner knows about the repository and the push. */
export type RunnerContext = {
  /** `owner/name`, as in GITHUB_REPOSITORY. */
  repository: string;
  /** Repository variables (`vars.X`); an unset variable reads as the empty string, as on GitHub. */
  vars: Record<string, string>;
  /** The checked-out repository (GITHUB_WORKSPACE). */
  workspace: string;
};

/**
 * Replaces each `${{ expression }}` with its value from `context`. Only the expressions this
 * project's workflow uses are known; any other fails, so that a new one is added here on purpose.
 */
export function substituteExpressions(text: string, context: RunnerContext): string {
  const known: Record<string, string> = {
    'github.repository': context.repository,
    'github.repository_owner': owner(context),
    'github.event.repository.name': context.repository.split('/')[1] ?? '',
  };
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    if (expression in known) return known[expression] ?? '';
    const variable = /^vars\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(expression)?.[1];
    if (variable !== undefined) return context.vars[variable] ?? '';
    throw new Error(`\${{ ${expression} }}: unknown to this runner`);
  });
}

/** `env:` values with their expressions substituted. */
export function substituteValues(env: Record<string, string>, context: RunnerContext): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([name, value]) => [name, substituteExpressions(value, context)]));
}

/** The owner of the repository, as in GITHUB_REPOSITORY_OWNER. */
export function owner(context: RunnerContext): string {
  return context.repository.split('/')[0] ?? '';
}
