/* conceptkg graph view, part 1: data, network, what is visible, search and focus.
 * labels.js (overlay labels, community areas), panel.js (tooltips, evidence panel) and
 * controls.js (communities, expand, time filter) follow in the same script element.
 *
 * Safety: every string of the payload is raw text; it is only ever drawn on the canvas or put
 * into the DOM as text (textContent / text nodes), never parsed as HTML. The data block is read
 * with JSON.parse and never evaluated.
 */
(function () {
  'use strict';
  var T = { start: performance.now() };
  var D = JSON.parse(document.getElementById('ckg-data').textContent);
  T.parsed = performance.now();
  var container = document.getElementById('ckg-network');
  var statusEl = document.getElementById('ckg-status');
  var LARGE = !D.meta.physics;  // fixed positions computed in Python, physics off
  var OVERVIEW = !!D.meta.overview;  // labels drawn by labels.js, not by vis-network

  var index = new Map();  // node id -> position in D.nodes / D.info / D.search / D.names
  D.nodes.forEach(function (n, i) { index.set(n.id, i); });
  var reserved = new Set();  // ids embedded hidden until a neighbour is expanded
  D.info.forEach(function (f, i) { if (f.reserve) { reserved.add(D.nodes[i].id); } });
  var ES = D.edgeStyles;  // per-type options: color, arrows, dashes (defaults in D.options)
  var edgeArr = D.edges.map(function (e) {
    var o = Object.assign({ id: e.id, from: e.from, to: e.to }, ES[e.type] || {});
    if (!LARGE) { o.label = e.type; }  // 10,000s of edge labels would stall vis-network
    if (reserved.has(e.from) || reserved.has(e.to)) { o.hidden = true; }
    return o;
  });
  var nodeArr = D.nodes.map(function (n) {
    var o = Object.assign({}, n);
    if (OVERVIEW) { delete o.label; }
    if (reserved.has(n.id)) { o.hidden = true; }
    return o;
  });
  var nodes = new vis.DataSet(nodeArr);
  var edges = new vis.DataSet(edgeArr);
  T.datasets = performance.now();
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, D.options);
  T.network = performance.now();

  var adj = new Map();  // node id -> [[neighbour id, edge id], ...]
  D.nodes.forEach(function (n) { adj.set(n.id, []); });
  D.edges.forEach(function (e) {
    adj.get(e.from).push([e.to, e.id]);
    adj.get(e.to).push([e.from, e.id]);
  });

  var ckg = window.ckg = {
    network: network, nodes: nodes, edges: edges, data: D, index: index, adj: adj,
    container: container, large: LARGE, overview: OVERVIEW,
    drawn: false, drawnAt: null, stabilized: !D.options.physics.enabled, readyAt: null,
    timing: T, onReady: [],
    hiddenNodes: 0, hiddenEdges: 0, highlighted: [],
    /* visibility state, combined by refresh() */
    typeOff: {}, openCommunity: null, revealed: new Set(), timeRange: null
  };

  function setStatus(text, done) {
    statusEl.textContent = text;
    statusEl.classList.toggle('done', !!done);
  }
  ckg.setStatus = setStatus;
  function markReady() {
    if (ckg.readyAt !== null) { return; }
    ckg.readyAt = performance.now();
    if (!D.nodes.length) {
      var left = (D.meta.hidden && D.meta.hidden.totalNodes) || 0;  /* all left out, or none */
      setStatus(left ? 'Nothing to draw: the ' + left + ' node(s) were left out (viz ' +
        '--isolated, --metrics draw them). / 没有可显示的节点。' : 'The graph is empty. / 图为空。',
      false);
      return;
    }
    setStatus('', true);
    if (D.meta.focus.length) { focusNodes(D.meta.focus, false); }
    ckg.onReady.forEach(function (f) { f(); });
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

  /* ---- what is visible: type filters, reserve, open community, expanded nodes, time ---- */
  var hiddenNodes = new Set(), hiddenEdges = new Set();
  ckg.isHiddenNode = function (id) { return hiddenNodes.has(id); };
  ckg.isHiddenEdge = function (id) { return hiddenEdges.has(id); };
  function inTime(dd) {
    var r = ckg.timeRange;
    if (!r || !dd.length) { return true; }
    var dated = false;
    for (var k = 0; k < dd.length; k++) {
      var date = D.docs[dd[k]][2];
      if (date) {
        dated = true;
        if (date >= r[0] && date <= r[1]) { return true; }
      }
    }
    return !dated;  // undated documents cannot be placed in time: kept
  }
  function nodeHidden(n, i) {
    var f = D.info[i];
    if (ckg.typeOff[n.group]) { return true; }
    if (ckg.revealed.has(n.id)) { return !inTime(f.dd); }
    if (f.reserve) { return true; }
    if (ckg.openCommunity !== null && f.c !== ckg.openCommunity) { return true; }
    return !inTime(f.dd);
  }
  var body = network.body;
  /* Hiding through DataSet.update re-parses every changed item's options (seconds for 10,000s
   * of items), so when vis-network's body is reachable the flags are set on its items directly
   * and its visible-index lists rebuilt once; the DataSet route is the fallback. */
  var fastHide = !!(body && body.emitter && body.nodes && body.edges);
  function refresh() {
    var nu = [], eu = [];
    D.nodes.forEach(function (n, i) {
      var hide = nodeHidden(n, i);
      if (hide !== hiddenNodes.has(n.id)) {
        if (hide) { hiddenNodes.add(n.id); } else { hiddenNodes.delete(n.id); }
        nu.push({ id: n.id, hidden: hide });
      }
    });
    D.edges.forEach(function (e, i) {
      var hide = !!ckg.typeOff[e.type] || hiddenNodes.has(e.from) || hiddenNodes.has(e.to) ||
        !inTime(D.einfo[i].dd);
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
    ckg.onRefresh.forEach(function (f) { f(); });
  }
  ckg.onRefresh = [];
  ckg.refresh = refresh;
  D.nodes.forEach(function (n) { if (reserved.has(n.id)) { hiddenNodes.add(n.id); } });
  D.edges.forEach(function (e) {
    if (reserved.has(e.from) || reserved.has(e.to)) { hiddenEdges.add(e.id); }
  });
  ckg.hiddenNodes = hiddenNodes.size;
  ckg.hiddenEdges = hiddenEdges.size;

  /* ---- neighbourhood highlight ----
   * Updating every node and edge to dim it costs seconds on large graphs, so the highlight is
   * drawn as an overlay instead: after vis-network has drawn, the view is veiled in white and the
   * neighbourhood's edges and nodes are drawn again on top (O(neighbourhood) per frame). */
  var hl = null;  // {nodes: [ids], edges: [ids]} or null
  var FACE = (D.options.edges.font && D.options.edges.font.face) || 'sans-serif';
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
      (adj.get(id) || []).forEach(function (ne) {
        if (!hiddenNodes.has(ne[0]) && !hiddenEdges.has(ne[1])) {
          keepN.add(ne[0]);
          keepE.add(ne[1]);
        }
      });
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
  ckg.highlight = function (id) { highlight(Array.isArray(id) ? id : [id]); };
  ckg.clearHighlight = clearHighlight;

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
  /* make ``ids`` visible whatever hides them (type filters, community, reserve, time) */
  function reveal(ids) {
    var before = hiddenNodes.size;
    ids.forEach(function (id) {
      ckg.typeOff[D.nodes[index.get(id)].group] = false;
      if (hiddenNodes.has(id)) { ckg.revealed.add(id); }
    });
    refresh();
    if (ids.some(function (id) { return hiddenNodes.has(id); })) {
      ckg.timeRange = null;  /* outside the time range: the range is lifted */
      refresh();
    }
    if (ckg.syncControls) { ckg.syncControls(); }
    return before - hiddenNodes.size;
  }
  ckg.reveal = reveal;
  function focusNodes(ids, animate) {
    reveal(ids);
    network.selectNodes(ids);
    highlight(ids, true);  // focus/fit below redraw once
    var opts = { animation: animate && !LARGE ? { duration: 450, easingFunction: 'easeInOutQuad' }
      : false };
    if (ids.length === 1) {
      opts.scale = Math.max(1.0, network.getScale());
      /* the layout may still be settling: the view follows the node until the user drags */
      opts.locked = true;
      network.focus(ids[0], opts);
    } else {
      network.fit({ nodes: ids.concat(ckg.highlighted), animation: opts.animation });
    }
    if (ckg.showNode && ids.length === 1) { ckg.showNode(ids[0]); }
  }
  ckg.searchNodes = searchNodes;
  ckg.focusNodes = focusNodes;
  ckg.focusNode = function (id) { focusNodes([id], false); };
})();
