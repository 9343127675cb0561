// The web app manifest (app/manifest.ts serves it as `/manifest.webmanifest`, and Next.js links it
// from every page): it makes the site installable, and, installed on a phone, a target of its share
// sheet that opens /add/ with the shared link (lib/add/query.ts).
import type { MetadataRoute } from 'next';
import { ADD_QUERY } from '@/lib/add/query';
import { sitePath } from '@/lib/paths';
import { site } from '@/lib/site';
import { APP_ICONS, appIconPath } from './app-icons';
import { designToken } from './design-tokens';

/** The manifest of the site as built: its identity, and every address under the base path. */
export function appManifest(): MetadataRoute.Manifest {
  const home = sitePath('/');
  return {
    // The id names the app across updates of the manifest: its start, which a fork's base path makes its own.
    id: home,
    name: site.name,
    short_name: site.name,
    description: site.description,
    lang: site.language,
    start_url: home,
    scope: home,
    display: 'standalone',
    theme_color: designToken('link'),
    background_color: designToken('bg'),
    icons: APP_ICONS.map((icon) => ({
      src: sitePath(appIconPath(icon)),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
    // Chromium reports a share target without its `enctype` as an error in the manifest, GET or not.
    share_target: {
      action: sitePath('/add/'),
      method: 'GET',
      enctype: 'application/x-www-form-urlencoded',
      params: ADD_QUERY,
    },
  };
}
