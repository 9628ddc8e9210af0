// Case-study bodies are Markdown from people (disclosure.md, "Untrusted text"): rendered
// with raw HTML disabled, so `<script>` arrives as the text "<script>". markdown-it's
// default link check already refuses javascript:, vbscript:, file: and data: (except
// images) URLs; images are shown as their alt text so no body makes the page load anything.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.renderer.rules['image'] = (tokens, idx) => md.utils.escapeHtml(tokens[idx]?.content ?? '');
// Headings in a body start below the page's own h1 and h2.
md.renderer.rules['heading_open'] = (tokens, idx) => {
  const level = Math.min(6, Number(tokens[idx]?.tag.slice(1) ?? 2) + 1);
  return `<h${level}>`;
};
md.renderer.rules['heading_close'] = (tokens, idx) => {
  const level = Math.min(6, Number(tokens[idx]?.tag.slice(1) ?? 2) + 1);
  return `</h${level}>\n`;
};
const defaultLinkOpen =
  md.renderer.rules['link_open'] ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
// Links in untrusted text: not followed by search engines, no referrer, no opener.
md.renderer.rules['link_open'] = (tokens, idx, options, env, self) => {
  tokens[idx]?.attrSet('rel', 'nofollow noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** HTML of a case body; the only markup in it is what Markdown syntax makes. */
export function renderCaseBody(markdown: string): string {
  return md.render(markdown);
}
