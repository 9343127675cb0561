// A CloudFront Function (event type: viewer request, runtime: cloudfront-js-2.0) that serves the
// exported site from a private S3 bucket the way GitHub Pages does: `/tag/llm/` is the object
// `tag/llm/index.html`, and `/tag/llm` (a folder asked for without its slash) moves to `/tag/llm/`.
// A path whose last segment has a dot is a file (`feed.xml`, `og-image.png`, `pagefind/…`) and
// passes as it is. Objects the bucket does not hold come back as the site's 404 page through the
// distribution's custom error responses (docs/hosting-elsewhere.md).
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
    return request;
  }
  var last = uri.slice(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') !== -1) return request;
  var query = [];
  for (var name in request.querystring) {
    var field = request.querystring[name];
    var values = field.multiValue ? field.multiValue : [field];
    for (var i = 0; i < values.length; i++) query.push(name + '=' + values[i].value);
  }
  return {
    statusCode: 301,
    statusDescription: 'Moved Permanently',
    headers: { location: { value: uri + '/' + (query.length > 0 ? '?' + query.join('&') : '') } },
  };
}
