/**
 * Reads a GITHUB_ENV file as the runner does after a step: `NAME=value` lines, and
 * `NAME<<DELIMITER` … `DELIMITER` for values over several lines.
 */
export function parseGithubEnv(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const end = lines.indexOf(delimiter ?? '', index + 1);
      if (end === -1) throw new Error(`GITHUB_ENV: ${name}: no closing ${delimiter}`);
      variables[name] = lines.slice(index + 1, end).join('\n');
      index = end;
      continue;
    }
    const equals = line.indexOf('=');
    if (equals <= 0) throw new Error(`GITHUB_ENV: "${line}": not NAME=value`);
    variables[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return variables;
}
