// A CloudFront Function (event type: viewer request, runtime: cloudfront-js-2.0) that serves the
// exported site from a private S3 bucket the way GitHub Pages does: `/tag/llm/` is the object
// `tag/llm/index.html`, and `/tag/llm` (a folder asked for without its slash) moves to `/tag/llm/`.
// A path whose last segment has a dot is a file (`feed.xml`, `og-image.png`, `pagefind/…`) and
// passes as it is. Objects the bucket does not hold come back as the site's 404 page through the
// distribution's custom error responses (docs/hosting-elsewhere.md).
// biome-ignore lint/correctness/noUnusedVariables: CloudFront calls the function named `handler`.
function handler(event) {
  const request = event.request;
  const uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = `${uri}index.html`;
    return request;
  }
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  if (last.includes('.')) return request;
  const query = [];
  // The runtime knows ES 5.1 and a few later features (const, let, template literals), not `for…of` or `??`.
  Object.keys(request.querystring).forEach((name) => {
    const field = request.querystring[name];
    (field.multiValue ? field.multiValue : [field]).forEach((value) => {
      query.push(`${name}=${value.value}`);
    });
  });
  const search = query.length > 0 ? `?${query.join('&')}` : '';
  return {
    statusCode: 301,
    statusDescription: 'Moved Permanently',
    headers: { location: { value: `${uri}/${search}` } },
  };
}
