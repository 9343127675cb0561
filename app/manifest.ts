import type { MetadataRoute } from 'next';
import { appManifest } from '@/lib/site/app-manifest';

export const dynamic = 'force-static';

/** `/manifest.webmanifest`, which Next.js links from every page: the site as an installable app and share target. */
export default function manifest(): MetadataRoute.Manifest {
  return appManifest();
}
