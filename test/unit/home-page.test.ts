import { homePageHtml } from '../../src/http/home-page';

// The page at `/` on its own: what it links and that it fetches nothing from elsewhere.
describe('the home page', () => {
  it.each([[true], [false]])('links the API, /explore, /review, /health and /ready (Sandbox %s)', (sandbox) => {
    const html = homePageHtml(sandbox);
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(links).toEqual(['/graphql', '/explore/', '/review/', '/health', '/ready']);
    for (const doc of ['README.md', 'docs/model.md', 'docs/analytics.md', 'docs/security.md', 'docs/architecture.md']) {
      expect(html).toContain(`<code>${doc}</code>`);
    }
  });

  it('mentions the Sandbox only where it is on', () => {
    expect(homePageHtml(true)).toContain('open it in a browser for Apollo Sandbox');
    expect(homePageHtml(false)).toContain('the Sandbox is off here');
    expect(homePageHtml(false)).not.toContain('open it in a browser');
  });

  it('loads no external asset: no script, no stylesheet link, no absolute URL', () => {
    const html = homePageHtml(true);
    expect(html).not.toMatch(/<script|<link|<img|https?:\/\//i);
  });
});
