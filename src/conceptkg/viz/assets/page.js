/* conceptkg graph view: search, type filters, neighbourhood highlight, evidence tooltips.
 *
 * Safety: every string used in tooltip HTML was HTML-escaped by conceptkg (payload.py) before it
 * was embedded; node labels, types and search results are only drawn on the canvas or set with
 * textContent. The data block is read with JSON.parse and never evaluated.
 */
(function () {
  'use strict';
  var T = { start: performance.now() };
  var D = JSON.parse(document.getElementById('ckg-data').textContent);
  T.parsed = performance.now();
  var container = document.getElementById('ckg-network');
  var statusEl = document.getElementById('ckg-status');
  var tip = document.getElementById('ckg-tip');
  var LARGE = !D.meta.physics;  // fixed positions computed in Python, physics off
  var HEX = /^#[0-9a-fA-F]{6}$/;

  var hiddenNodes = new Set(), hiddenEdges = new Set();  // ids hidden by the type filters
  var index = new Map();  // node id -> position in D.nodes / D.info / D.search
  D.nodes.forEach(function (n, i) { index.set(n.id, i); });
  var ES = D.edgeStyles;  // per-type options: color, arrows, dashes (defaults in D.options)
  var edgeArr = D.edges.map(function (e) {
    var o = Object.assign({ id: e.id, from: e.from, to: e.to }, ES[e.type] || {});
    if (!LARGE) { o.label = e.type; }  // 10,000s of edge labels would stall vis-network
    return o;
  });
  var nodes = new vis.DataSet(D.nodes);
  var edges = new vis.DataSet(edgeArr);
  T.datasets = performance.now();
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, D.options);
  T.network = performance.now();

  var ckg = window.ckg = {
    network: network, nodes: nodes, edges: edges, data: D,
    drawn: false, drawnAt: null, stabilized: !D.options.physics.enabled, readyAt: null,
    timing: T
  };

  function setStatus(text, done) {
    statusEl.textContent = text;
    statusEl.classList.toggle('done', !!done);
  }
  function markReady() {
    if (ckg.readyAt === null) { ckg.readyAt = performance.now(); }
    if (!D.nodes.length) { setStatus('The graph is empty. / 图为空。', false); return; }
    setStatus('', true);
    if (D.meta.focus.length) { focusNodes(D.meta.focus, false); }
  }
  network.once('afterDrawing', function () {
    ckg.drawn = true;
    ckg.drawnAt = performance.now();
    if (ckg.stabilized) { markReady(); }
  });
  if (!ckg.stabilized) {
    setStatus('Laying out…', false);
    network.on('stabilizationProgress', function (p) {
      setStatus('Laying out… ' + Math.round(100 * p.iterations / p.total) + '%', false);
    });
    network.once('stabilizationIterationsDone', function () {
      ckg.stabilized = true;
      if (ckg.drawn) { markReady(); }  /* else the first drawing marks it ready */
    });
  }
  if (!D.nodes.length) { ckg.stabilized = true; }

  /* ---- tooltips (HTML built only from pre-escaped strings and numbers) ---- */
  function num(x) { return String(Number(x) || 0); }
  function evidenceHtml(refs, total, docs) {
    if (!refs.length) { return ''; }
    var h = '<div class="tip-k">Found ' + num(total) + '× in ' + num(docs) +
      ' document(s); evidence:</div><ol>';
    refs.forEach(function (ref) {
      var s = D.sentences[ref[0]];
      var d = D.docs[s[0]];
      h += '<li>「' + s[3] + '」<div class="tip-src">' + (d[1] ? d[1] + ' · ' : '') + d[0] +
        ' [' + num(s[1]) + '–' + num(s[2]) + ']' + (ref[1] ? ' · rule ' + ref[1] : '') +
        '</div></li>';
    });
    return h + '</ol>';
  }
  function typeColor(group) {
    var g = D.options.groups[group];
    var c = g && g.color && g.color.background;
    return HEX.test(c || '') ? c : '#777777';
  }
  function nodeTooltip(i) {
    var f = D.info[i];
    var h = '<div class="tip-h"><b>' + f.name + '</b><span class="tip-type" style="background:' +
      typeColor(D.nodes[i].group) + '">' + f.type + '</span></div>';
    if (f.aliases.length) {
      h += '<div><span class="tip-k">Aliases:</span> ' + f.aliases.join('、') +
        (f.moreAliases ? ' (+' + num(f.moreAliases) + ')' : '') + '</div>';
    }
    h += '<div><span class="tip-k">Links:</span> ' + num(f.degree) + '</div>';
    return h + curatedHtml(f.curated) + evidenceHtml(f.ev, f.nEv, f.nDocs);
  }
  function edgeTooltip(i) {
    var f = D.einfo[i];
    var e = D.edges[i];
    var h = '<div class="tip-h"><b>' + D.info[index.get(e.from)].name + '</b> —' + f.type +
      '→ <b>' + D.info[index.get(e.to)].name + '</b></div>';
    h += '<div><span class="tip-k">Confidence:</span> ' + num(f.conf) +
      (f.rules.length ? ' · <span class="tip-k">Rules:</span> ' + f.rules.join(', ') : '') +
      '</div>';
    return h + curatedHtml(f.curated) + evidenceHtml(f.ev, f.nEv, f.nDocs);
  }
  function curatedHtml(notes) {  /* corrections: texts escaped by the payload */
    if (!notes || !notes.length) { return ''; }
    return '<div class="tip-curated"><span class="tip-k">Corrected:</span> ' +
      notes.join('；') + '</div>';
  }
  ckg.nodeTooltip = function (id) { return nodeTooltip(index.get(id)); };
  ckg.edgeTooltip = function (id) { return edgeTooltip(id); };
  ckg.tooltips = function () {
    return D.nodes.map(function (n, i) { return nodeTooltip(i); })
      .concat(D.edges.map(function (e, i) { return edgeTooltip(i); }));
  };
  function showTip(html, pointer) {
    tip.innerHTML = html;
    tip.hidden = false;
    placeTip(pointer);
  }
  function placeTip(pointer) {
    var w = container.clientWidth, h = container.clientHeight;
    var x = Math.min(pointer.x + 14, Math.max(0, w - tip.offsetWidth - 4));
    var y = pointer.y + 14;
    if (y + tip.offsetHeight > h) { y = Math.max(0, pointer.y - tip.offsetHeight - 10); }
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
  }
  function hideTip() { tip.hidden = true; tipKey = null; }
  /* vis-network's own hover redraws the whole graph whenever the hovered item changes (slow on
   * large graphs), so tooltips follow the pointer here, one hit test per animation frame. */
  var pending = null, tipKey = null;
  function probe() {
    var p = pending;
    pending = null;
    var key = null, html = null;
    var nid = network.getNodeAt(p);
    if (nid !== undefined && !hiddenNodes.has(nid)) {
      key = 'n' + nid;
      if (key !== tipKey) { html = nodeTooltip(index.get(nid)); }
    } else {
      var eid = network.getEdgeAt(p);
      if (eid !== undefined && !hiddenEdges.has(eid)) {
        key = 'e' + eid;
        if (key !== tipKey) { html = edgeTooltip(eid); }
      }
    }
    if (key === null) { hideTip(); } else if (html !== null) { showTip(html, p); }
    else { placeTip(p); }
    tipKey = key;
  }
  container.addEventListener('pointermove', function (ev) {
    var r = container.getBoundingClientRect();
    var first = pending === null;
    pending = { x: ev.clientX - r.left, y: ev.clientY - r.top };
    if (first) { requestAnimationFrame(probe); }
  });
  container.addEventListener('pointerleave', function () { hideTip(); tipKey = null; });
  network.on('dragStart', hideTip);
  network.on('zoom', hideTip);

  /* ---- neighbourhood highlight ----
   * Updating every node and edge to dim it costs seconds on large graphs, so the highlight is
   * drawn as an overlay instead: after vis-network has drawn, the view is veiled in white and the
   * neighbourhood's edges and nodes are drawn again on top (O(neighbourhood) per frame). */
  var hl = null;  // {nodes: [ids], edges: [ids]} or null
  var FACE = (D.options.edges.font && D.options.edges.font.face) || 'sans-serif';
  var body = network.body;
  var canOverlay = !!(body && body.nodes && body.edges);
  network.on('afterDrawing', function (ctx) {
    if (!hl || !canOverlay) { return; }
    var tl = network.DOMtoCanvas({ x: 0, y: 0 });
    var br = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    ctx.save();
    ctx.fillStyle = 'rgba(255,255,255,0.82)';
    ctx.fillRect(tl.x, tl.y, br.x - tl.x, br.y - tl.y);
    ctx.restore();
    var labels = [];
    hl.edges.forEach(function (id) {
      var e = body.edges[id];
      if (!e || !e.connected || hiddenEdges.has(id)) { return; }
      e.draw(ctx);
      e.drawArrows(ctx);
      if (LARGE) { labels.push(e); }
    });
    ctx.save();
    ctx.font = '10px ' + FACE;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#ffffff';
    ctx.fillStyle = '#444444';
    labels.forEach(function (e) {
      var x = (e.from.x + e.to.x) / 2, y = (e.from.y + e.to.y) / 2;
      var text = D.edges[e.id].type;
      ctx.strokeText(text, x, y);
      ctx.fillText(text, x, y);
    });
    ctx.restore();
    var later = [];
    hl.nodes.forEach(function (id) {
      var n = body.nodes[id];
      if (!n || hiddenNodes.has(id)) { return; }
      var r = n.draw(ctx);
      if (r && r.drawExternalLabel) { later.push(r.drawExternalLabel); }
    });
    later.forEach(function (f) { f(); });
  });
  function highlight(ids, noRedraw) {
    var keepN = new Set(ids), keepE = new Set();
    ids.forEach(function (id) {
      network.getConnectedNodes(id).forEach(function (n) { keepN.add(n); });
      network.getConnectedEdges(id).forEach(function (e) { keepE.add(e); });
    });
    hl = { nodes: Array.from(keepN), edges: Array.from(keepE) };
    ckg.highlighted = hl.nodes;
    if (!noRedraw) { network.redraw(); }
  }
  function clearHighlight() {
    hl = null;
    ckg.highlighted = [];
    network.redraw();
  }
  ckg.highlighted = [];
  ckg.highlight = function (id) { highlight([id]); };
  ckg.clearHighlight = clearHighlight;
  network.on('click', function (p) {
    if (p.nodes.length) { highlight([p.nodes[0]]); }
    else if (!p.edges.length) { clearHighlight(); network.unselectAll(); }
  });

  /* ---- filters by node type and edge type ---- */
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input.ckg-filter'));
  /* Hiding through DataSet.update re-parses every changed item's options (seconds for 10,000s
   * of items), so when vis-network's body is reachable the flags are set on its items directly
   * and its visible-index lists rebuilt once; the DataSet route is the fallback. */
  var fastHide = !!(body && body.emitter && body.nodes && body.edges);
  function applyFilters() {
    var nodeOn = {}, edgeOn = {};
    boxes.forEach(function (b) {
      (b.dataset.kind === 'node' ? nodeOn : edgeOn)[b.dataset.type] = b.checked;
    });
    var nu = [], eu = [];
    D.nodes.forEach(function (n) {
      var hide = nodeOn[n.group] === false;
      if (hide !== hiddenNodes.has(n.id)) {
        if (hide) { hiddenNodes.add(n.id); } else { hiddenNodes.delete(n.id); }
        nu.push({ id: n.id, hidden: hide });
      }
    });
    D.edges.forEach(function (e) {
      var hide = edgeOn[e.type] === false || hiddenNodes.has(e.from) || hiddenNodes.has(e.to);
      if (hide !== hiddenEdges.has(e.id)) {
        if (hide) { hiddenEdges.add(e.id); } else { hiddenEdges.delete(e.id); }
        eu.push({ id: e.id, hidden: hide });
      }
    });
    if (fastHide) {
      nu.forEach(function (u) { body.nodes[u.id].options.hidden = u.hidden; });
      eu.forEach(function (u) { body.edges[u.id].options.hidden = u.hidden; });
      if (nu.length || eu.length) { body.emitter.emit('_dataChanged'); }
    } else {
      if (nu.length) { nodes.update(nu); }
      if (eu.length) { edges.update(eu); }
    }
    ckg.hiddenNodes = hiddenNodes.size;
    ckg.hiddenEdges = hiddenEdges.size;
  }
  boxes.forEach(function (b) { b.addEventListener('change', applyFilters); });
  ckg.applyFilters = applyFilters;
  ckg.hiddenNodes = 0;
  ckg.hiddenEdges = 0;

  /* ---- search and focus ---- */
  var QUOTES = /[\s“”"‘’'「」『』《》〈〉]/g;
  function norm(s) { return s.normalize('NFKC').replace(QUOTES, '').toLowerCase(); }
  function searchNodes(query, limit) {
    var q = norm(query || '');
    if (!q) { return []; }
    var hits = [];
    D.search.forEach(function (names, i) {
      var best = 3;
      for (var k = 0; k < names.length && best > 0; k++) {
        var s = names[k];
        if (s === q) { best = 0; } else if (s.indexOf(q) === 0) { best = Math.min(best, 1); }
        else if (s.indexOf(q) > 0) { best = Math.min(best, 2); }
      }
      if (best < 3) { hits.push([best, -D.nodes[i].size, D.nodes[i].label, i]); }
    });
    hits.sort(function (a, b) {
      return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
    });
    return hits.slice(0, limit || 12).map(function (h) { return D.nodes[h[3]].id; });
  }
  function focusNodes(ids, animate) {
    var reveal = false;
    ids.forEach(function (id) {
      var group = D.nodes[index.get(id)].group;
      boxes.forEach(function (b) {
        if (b.dataset.kind === 'node' && b.dataset.type === group && !b.checked) {
          b.checked = true; reveal = true;
        }
      });
    });
    if (reveal) { applyFilters(); }
    network.selectNodes(ids);
    highlight(ids, true);  // focus/fit below redraw once
    var opts = { animation: animate && !LARGE ? { duration: 450, easingFunction: 'easeInOutQuad' }
      : false };
    if (ids.length === 1) {
      opts.scale = Math.max(1.0, network.getScale());
      network.focus(ids[0], opts);
    } else {
      network.fit({ nodes: ids.concat(ckg.highlighted), animation: opts.animation });
    }
  }
  ckg.searchNodes = searchNodes;
  ckg.focusNode = function (id) { focusNodes([id], false); };

  var input = document.getElementById('ckg-search');
  var results = document.getElementById('ckg-results');
  var current = [];
  function renderResults() {
    current = searchNodes(input.value, 12);
    results.textContent = '';
    if (!input.value.trim()) { results.classList.remove('open'); return; }
    if (!current.length) {
      var none = document.createElement('li');
      none.className = 'ckg-none';
      none.textContent = 'No match / 无匹配';
      results.appendChild(none);
    }
    current.forEach(function (id, k) {
      var n = D.nodes[index.get(id)];
      var li = document.createElement('li');
      li.setAttribute('role', 'option');
      if (k === 0) { li.className = 'active'; }
      li.textContent = n.label;
      var t = document.createElement('span');
      t.className = 'ckg-rtype';
      t.textContent = n.group;
      li.appendChild(t);
      li.addEventListener('click', function () { focusNodes([id], true); });
      results.appendChild(li);
    });
    results.classList.add('open');
  }
  input.addEventListener('input', renderResults);
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && current.length) { focusNodes([current[0]], true); }
    if (ev.key === 'Escape') { input.value = ''; renderResults(); }
  });
  document.getElementById('ckg-reset').addEventListener('click', function () {
    input.value = '';
    renderResults();
    boxes.forEach(function (b) { b.checked = true; });
    applyFilters();
    clearHighlight();
    network.unselectAll();
    network.fit({ animation: false });
  });
})();
