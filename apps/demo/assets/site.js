// The foundation's own script (no Razem code here). It reports Content-Security-Policy
// violations to the site's server right away, so a blocked script or style is noticed even where
// the browser's own reporting batches or drops reports.
document.addEventListener('securitypolicyviolation', (event) => {
  const report = {
    source: 'page',
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    document: event.documentURI,
  };
  navigator.sendBeacon('/__csp-report', JSON.stringify(report));
});
