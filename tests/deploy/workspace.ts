// The scratch repository the deploy workflow's jobs run in: this repository's code with the fixture
// site's notes and identity in place of its own content/ and site.yml, which an owner fills. A fork
// of 9,000 notes, or one with a bad note, runs the same test in the same time.
import { cpSync } from 'node:fs';
import path from 'node:path';
import { checkout } from '@/tools/actions-runner/checkout';

/** The owner's files: their notes and their site's identity. */
const ownersFile = (file: string) => file === 'site.yml' || file.startsWith('content/');

/** A checkout of `source` (this repository unless given) whose notes and identity are the fixture site's. */
export function fixtureCheckout(source = '.'): string {
  const workspace = checkout(source, 'deploy-workflow-', ownersFile);
  cpSync('tests/fixtures/site', path.join(workspace, 'content'), { recursive: true });
  cpSync('tests/fixtures/site.yml', path.join(workspace, 'site.yml'));
  return workspace;
}
