// The text index: what it reads, and the maps between its folded offsets and DOM points.
import { expect } from '@open-wc/testing';
import { anchorAll, buildTextIndex, findQuote, offsetAt, pointAt, rangeOf, spanOf } from '../../../src/anchoring/index.js';
import { mount, textNode, unmountAll } from './helpers.js';

afterEach(unmountAll);

describe('buildTextIndex', () => {
  it('reads rendered text once: folded, blocks and <br> as one space, hidden text left out', () => {
    const root = mount(
      '\n  <h2>Title — “quoted”</h2>\n  <p>One<br>two <em>three</em>\u00a0four</p><ul><li>five</li><li>six</li></ul>' +
        '<script>skip()</script><p hidden>hidden</p><div style="display:none">none</div><p>sev<span>en</span>\u00ad.</p>',
    );
    const index = buildTextIndex(root);
    expect(index.text).to.equal('Title - "quoted" One two three four five six seven.');
    expect(index.nodes.map((n) => n.data)).to.not.include('skip()');
    expect(index.root).to.equal(root);
  });

  it('maps every folded offset to a DOM point and back', () => {
    const root = mount('<p>“A”\u00a0b<em>c\u00add</em> e\u200bf 👍🏽 g</p><p>h</p>');
    const index = buildTextIndex(root);
    expect(index.text).to.equal('"A" bcd ef 👍🏽 g h');
    for (let i = 0; i < index.text.length; i++) {
      const at = pointAt(index, i)!;
      expect(offsetAt(index, at.node, at.offset), `offset ${i}`).to.equal(i);
    }
    // The end of the last unit of "cd" is after the "d", not after what follows it.
    const end = pointAt(index, index.text.indexOf('cd') + 2, true)!;
    expect([end.node.data, end.offset]).to.deep.equal(['c\u00add', 3]);
  });

  it('maps points in elements, hidden text and past the end to the next indexed text', () => {
    const root = mount('<p>one</p><p hidden>ghost</p><p>two</p>');
    const index = buildTextIndex(root);
    expect(index.text).to.equal('one two');
    expect(offsetAt(index, root, 0)).to.equal(0);
    expect(offsetAt(index, root, 1)).to.equal(4);
    expect(offsetAt(index, textNode(root, 'ghost'), 2)).to.equal(4);
    expect(offsetAt(index, root, 3)).to.equal(index.text.length);
  });

  it('gives click hit-testing an offset inside each anchored span', () => {
    const root = mount('<p>The ministry <em>denied</em> the report, and the embassy confirmed it.</p>');
    const index = buildTextIndex(root);
    const spans = [{ exact: 'ministry denied the report' }, { exact: 'embassy confirmed' }].map((q) => findQuote(index, q)!);
    const hit = (node: Node, offset: number) => spans.findIndex((s) => s.start <= offsetAt(index, node, offset) && offsetAt(index, node, offset) < s.end);
    expect(hit(textNode(root, 'denied'), 3)).to.equal(0);
    expect(hit(textNode(root, 'embassy'), textNode(root, 'embassy').data.indexOf('embassy') + 2)).to.equal(1);
    expect(hit(textNode(root, 'The'), 1)).to.equal(-1);
    const range = rangeOf(index, spans[1]!)!;
    expect(spanOf(index, range)).to.deep.equal(spans[1]);
  });

  it('anchors many quotes against one read, from a root or an index', () => {
    const root = mount('<p>Alpha beta gamma.</p><p>Delta epsilon zeta.</p>');
    const quotes = [{ exact: 'beta gamma' }, { exact: 'missing words here' }, { exact: 'Delta epsilon' }];
    const fromRoot = anchorAll(root, quotes).map((r) => r?.toString() ?? null);
    expect(fromRoot).to.deep.equal(['beta gamma', null, 'Delta epsilon']);
    expect(anchorAll(buildTextIndex(root), quotes).map((r) => r?.toString() ?? null)).to.deep.equal(fromRoot);
  });

  it('indexes a document, a fragment and a lone text node', () => {
    const fragment = document.createRange().createContextualFragment('<p>In a fragment</p> and after');
    expect(buildTextIndex(fragment).text).to.equal('In a fragment and after');
    const text = document.createTextNode('  lone   text ');
    expect(buildTextIndex(text).text).to.equal('lone text ');
    mount('<p>Document text here</p>');
    expect(buildTextIndex(document).text).to.contain('Document text here');
  });

  it('reads a document that is never rendered (DOMParser, createHTMLDocument) as detached DOM', () => {
    // Connected to its own document, yet without a window nothing in it has a box.
    const parsed = new DOMParser().parseFromString('<p>Hello <b>world</b></p><p hidden>no</p><script>x()</script>', 'text/html');
    expect(buildTextIndex(parsed.body).text).to.equal('Hello world');
    const made = document.implementation.createHTMLDocument('');
    made.body.innerHTML = '<p>Made <em>here</em></p>';
    expect(buildTextIndex(made).text).to.equal('Made here');
    expect(anchorAll(made.body, [{ exact: 'Made here' }])[0]?.toString()).to.equal('Made here');
  });
});
