/* conceptkg graph view, part 3: hover tooltips and the evidence panel opened by a click.
 *
 * The panel shows a node's or edge's type, aliases, counts, and its evidence sentences grouped
 * by document (name and date), most informative first, with the names matched in each sentence
 * marked; documents come a page at a time. Everything is built with DOM calls and text nodes.
 */
(function () {
  'use strict';
  var ckg = window.ckg, D = ckg.data, network = ckg.network;
  var PAGE_DOCS = 5;
  var panel = document.getElementById('ckg-info');
  var tip = document.getElementById('ckg-tip');
  var HEX = /^#[0-9a-fA-F]{6}$/;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function typeBadge(type, group) {
    var b = el('span', 'ckg-type', type);
    var g = D.options.groups[group];
    var c = g && g.color && g.color.background;
    b.style.background = HEX.test(c || '') ? c : '#777777';
    return b;
  }
  function fmt(n) { return Number(n || 0).toLocaleString('en-US'); }

  /* ---- hover tooltips: name, type, links ---- */
  function nodeTip(i) {
    var box = el('div');
    var h = el('div', 'tip-h');
    h.appendChild(el('b', null, D.names[i][0]));
    h.appendChild(typeBadge(D.info[i].type, D.nodes[i].group));
    box.appendChild(h);
    box.appendChild(el('div', 'tip-k', fmt(D.info[i].degree) + ' links · ' +
      fmt(D.info[i].nSent) + ' sentences · click for evidence'));
    return box;
  }
  function edgeTip(k) {
    var e = D.edges[k], box = el('div');
    var h = el('div', 'tip-h');
    h.appendChild(el('b', null, D.names[ckg.index.get(e.from)][0]));
    h.appendChild(document.createTextNode(' —' + e.type + '→ '));
    h.appendChild(el('b', null, D.names[ckg.index.get(e.to)][0]));
    box.appendChild(h);
    box.appendChild(el('div', 'tip-k', fmt(D.einfo[k].nEv) + ' sentences · click for evidence'));
    return box;
  }
  ckg.nodeTooltip = function (id) { return nodeTip(ckg.index.get(id)); };
  ckg.edgeTooltip = function (id) { return edgeTip(id); };
  ckg.tooltips = function () {
    return D.nodes.map(function (n, i) { return nodeTip(i); })
      .concat(D.edges.map(function (e, k) { return edgeTip(k); }));
  };
  var container = ckg.container, pending = null, tipKey = null;
  function placeTip(p) {
    var w = container.clientWidth, h = container.clientHeight;
    var x = Math.min(p.x + 14, Math.max(0, w - tip.offsetWidth - 4));
    var y = p.y + 14;
    if (y + tip.offsetHeight > h) { y = Math.max(0, p.y - tip.offsetHeight - 10); }
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
  }
  function hideTip() { tip.hidden = true; tipKey = null; }
  /* vis-network's own hover redraws the whole graph whenever the hovered item changes (slow on
   * large graphs), so tooltips follow the pointer here, one hit test per animation frame. */
  function probe() {
    var p = pending, key = null, make = null;
    pending = null;
    var nid = network.getNodeAt(p);
    if (nid !== undefined && !ckg.isHiddenNode(nid)) {
      key = 'n' + nid;
      make = function () { return nodeTip(ckg.index.get(nid)); };
    } else {
      var eid = network.getEdgeAt(p);
      if (eid !== undefined && !ckg.isHiddenEdge(eid)) {
        key = 'e' + eid;
        make = function () { return edgeTip(eid); };
      }
    }
    if (key === null) { hideTip(); return; }
    if (key !== tipKey) {
      tip.textContent = '';
      tip.appendChild(make());
      tip.hidden = false;
    }
    placeTip(p);
    tipKey = key;
  }
  container.addEventListener('pointermove', function (ev) {
    var r = container.getBoundingClientRect();
    var first = pending === null;
    pending = { x: ev.clientX - r.left, y: ev.clientY - r.top };
    if (first) { requestAnimationFrame(probe); }
  });
  container.addEventListener('pointerleave', hideTip);
  network.on('dragStart', hideTip);
  network.on('zoom', hideTip);

  /* ---- sentences with the matched names marked ---- */
  function marked(text, terms) {
    var spans = [];
    terms.forEach(function (t) {
      if (!t) { return; }
      for (var at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) {
        spans.push([at, at + t.length]);
      }
    });
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var frag = document.createDocumentFragment(), pos = 0;
    spans.forEach(function (s) {
      if (s[0] < pos) { if (s[1] > pos) { s = [pos, s[1]]; } else { return; } }
      if (s[0] > pos) { frag.appendChild(document.createTextNode(text.slice(pos, s[0]))); }
      frag.appendChild(el('mark', null, text.slice(s[0], s[1])));
      pos = s[1];
    });
    if (pos < text.length) { frag.appendChild(document.createTextNode(text.slice(pos))); }
    return frag;
  }
  function docHead(d) {
    var doc = D.docs[d];
    var h = el('div', 'ckg-doc');
    h.appendChild(el('span', 'ckg-doc-name', doc[1] || doc[0]));
    if (doc[1]) { h.appendChild(el('span', 'ckg-doc-path', doc[0])); }
    h.appendChild(el('span', 'ckg-doc-date', doc[2] || 'no date'));
    return h;
  }
  /* evidence refs ([sentence, score], best first) grouped by document, a page at a time */
  function evidenceList(refs, terms) {
    var wrap = el('section', 'ckg-evidence');
    var groups = [], where = new Map();
    refs.forEach(function (ref) {
      var d = D.sentences[ref[0]][0];
      if (!where.has(d)) { where.set(d, groups.length); groups.push({ doc: d, refs: [] }); }
      groups[where.get(d)].refs.push(ref);
    });
    if (!groups.length) { wrap.appendChild(el('p', 'ckg-none', 'No evidence sentence.')); }
    var shown = 0;
    var more = el('button', 'ckg-more');
    function page() {
      groups.slice(shown, shown + PAGE_DOCS).forEach(function (g) {
        var box = el('div', 'ckg-group');
        box.appendChild(docHead(g.doc));
        var ol = el('ol');
        g.refs.forEach(function (ref) {
          var s = D.sentences[ref[0]];
          var li = el('li', ref[1] > 0 ? 'ckg-rel' : 'ckg-mention');
          li.appendChild(marked(s[3], terms));
          li.title = 'characters ' + s[1] + '–' + s[2];
          ol.appendChild(li);
        });
        box.appendChild(ol);
        wrap.insertBefore(box, more);
      });
      shown = Math.min(groups.length, shown + PAGE_DOCS);
      more.hidden = shown >= groups.length;
      more.textContent = 'More documents (' + (groups.length - shown) + ' left)';
    }
    wrap.appendChild(more);
    more.addEventListener('click', page);
    page();
    return wrap;
  }
  function row(dl, key, value) {
    dl.appendChild(el('dt', null, key));
    dl.appendChild(el('dd', null, value));
  }
  function open(head) {
    panel.textContent = '';
    var close = el('button', 'ckg-close', '×');
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', function () { ckg.closePanel(); });
    panel.appendChild(close);
    panel.appendChild(head);
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  ckg.closePanel = function () { panel.hidden = true; ckg.panelFor = null; };

  function showNode(id) {
    var i = ckg.index.get(id), f = D.info[i], names = D.names[i];
    var h = el('h2');
    h.appendChild(document.createTextNode(names[0] + ' '));
    h.appendChild(typeBadge(f.type, D.nodes[i].group));
    open(h);
    if (names.length > 1) {
      panel.appendChild(el('p', 'ckg-aliases', 'Aliases: ' + names.slice(1).join('、') +
        (f.moreAliases ? ' (+' + f.moreAliases + ' more)' : '')));
    }
    var dl = el('dl', 'ckg-counts');
    var parts = Object.keys(f.byType).map(function (t) { return t + ' ' + f.byType[t]; });
    row(dl, 'Links', fmt(f.degree) + (parts.length ? ' (' + parts.join(' · ') + ')' : ''));
    row(dl, 'Mentions', f.mentions !== null ? fmt(f.mentions) :
      fmt(f.nEv) + (f.evCapped ? '+ (first ' + fmt(f.nEv) + ' kept)' : ''));
    /* with its evidence capped, a node may be in more documents than those seen here */
    row(dl, 'Documents', fmt(f.dd.length) + (f.evCapped && f.mentions === null ? '+' : ''));
    row(dl, 'Sentences', fmt(f.nSent) + (f.ev.length < f.nSent ? ' (' + f.ev.length +
      ' most informative shown)' : ''));
    if (f.c >= 0) { row(dl, 'Community', '#' + (f.c + 1)); }
    panel.appendChild(dl);
    var actions = el('div', 'ckg-actions');
    var hidden = ckg.hiddenNeighbours ? ckg.hiddenNeighbours(id) : 0;
    var expand = el('button', 'ckg-expand', 'Expand: show neighbours' +
      (hidden ? ' (' + hidden + ' hidden)' : ''));
    expand.disabled = !hidden;
    expand.addEventListener('click', function () { ckg.expand(id); showNode(id); });
    actions.appendChild(expand);
    panel.appendChild(actions);
    panel.appendChild(el('h3', null, 'Evidence by document'));
    panel.appendChild(evidenceList(f.ev, names));
    ckg.panelFor = 'n' + id;
  }
  function showEdge(k) {
    var e = D.edges[k], f = D.einfo[k];
    var a = ckg.index.get(e.from), b = ckg.index.get(e.to);
    var h = el('h2');
    h.appendChild(document.createTextNode(D.names[a][0] + ' '));
    h.appendChild(el('span', 'ckg-etype', '—' + e.type + '→'));
    h.appendChild(document.createTextNode(' ' + D.names[b][0]));
    open(h);
    var dl = el('dl', 'ckg-counts');
    row(dl, 'Type', e.type);
    row(dl, 'Confidence', String(f.conf));
    if (f.rules.length) { row(dl, 'Rules', f.rules.join(', ')); }
    row(dl, 'Sentences', fmt(f.nEv) + (f.ev.length < f.nEv ? ' (' + f.ev.length +
      ' shown)' : ''));
    row(dl, 'Documents', fmt(f.dd.length));
    panel.appendChild(dl);
    panel.appendChild(el('h3', null, 'Evidence by document'));
    panel.appendChild(evidenceList(f.ev, D.names[a].concat(D.names[b])));
    ckg.panelFor = 'e' + k;
  }
  ckg.showNode = showNode;
  ckg.showEdge = showEdge;

  network.on('click', function (p) {
    if (p.nodes.length) {
      ckg.highlight(p.nodes[0]);
      showNode(p.nodes[0]);
    } else if (p.edges.length) {
      ckg.clearHighlight();
      showEdge(p.edges[0]);
    } else {
      ckg.clearHighlight();
      network.unselectAll();
      ckg.closePanel();
    }
  });
})();
