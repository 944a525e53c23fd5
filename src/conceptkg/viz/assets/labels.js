/* conceptkg graph view, part 2 (overview only): community areas and labels without overlap.
 *
 * Each community is drawn as a tinted disc behind its nodes, numbered like the sidebar list.
 * Node labels are drawn here at a fixed screen size, greedily in order of importance (the hubs
 * of each community first, then by links), and a label is left out when it would overlap one
 * already placed (or, except for hubs, a node): whatever the zoom, the labels shown never
 * overlap each other. Zooming in makes room for more of them.
 */
(function () {
  'use strict';
  var ckg = window.ckg, D = ckg.data, network = ckg.network;
  if (!ckg.overview || !D.nodes.length) { return; }
  var body = network.body;
  if (!body || !body.nodes) { return; }
  var PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1',
    '#ff9da7', '#9c755f', '#bab0ac'];
  var FONT = 13, MAX_LABELS = 300;
  var FACE = (D.options.nodes.font && D.options.nodes.font.face) || 'sans-serif';
  ckg.communityColor = function (c) {
    return D.communities[c] && D.communities[c].pooled ? '#9a9a9a' : PALETTE[c % PALETTE.length];
  };

  /* label order: rank-0 hubs of every community (largest community first), rank-1 hubs, ...,
   * then every other node by number of links */
  var order = D.nodes.map(function (n, i) { return i; });
  order.sort(function (a, b) {
    var fa = D.info[a], fb = D.info[b];
    var ha = fa.hub < 0 ? 99 : fa.hub, hb = fb.hub < 0 ? 99 : fb.hub;
    return ha - hb || (ha < 99 ? fa.c - fb.c : 0) || fb.degree - fa.degree || a - b;
  });
  var widths = new Float64Array(D.nodes.length).fill(-1);
  var SHORT = 16;  /* overview labels are cut to this many characters (the panel has the rest) */
  var texts = D.nodes.map(function (n) {
    var chars = Array.from(n.label || '');
    return chars.length > SHORT ? chars.slice(0, SHORT - 1).join('') + '…' : n.label;
  });

  /* community discs, from the members' positions (fixed: physics is off in the overview) */
  var discs = null;
  function computeDiscs() {
    var acc = D.communities.map(function () { return { x: 0, y: 0, n: 0, r: 0, ids: [] }; });
    D.nodes.forEach(function (n, i) {
      var c = D.info[i].c;
      if (c < 0 || ckg.isHiddenNode(n.id)) { return; }
      var b = body.nodes[n.id];
      acc[c].x += b.x; acc[c].y += b.y; acc[c].n += 1; acc[c].ids.push(n.id);
    });
    acc.forEach(function (a) {
      if (!a.n) { return; }
      a.x /= a.n; a.y /= a.n;
      a.ids.forEach(function (id) {
        var b = body.nodes[id];
        a.r = Math.max(a.r, Math.hypot(b.x - a.x, b.y - a.y) + (b.options.size || 10));
      });
      a.r += 24;
    });
    discs = acc;
  }
  ckg.onRefresh.push(function () { discs = null; });
  ckg.communityDiscs = function () { if (!discs) { computeDiscs(); } return discs; };

  network.on('beforeDrawing', function (ctx) {
    if (!discs) { computeDiscs(); }
    discs.forEach(function (a, c) {
      if (!a.n) { return; }
      var col = ckg.communityColor(c);
      ctx.save();
      ctx.beginPath();
      ctx.arc(a.x, a.y, a.r, 0, 2 * Math.PI);
      ctx.globalAlpha = 0.08;
      ctx.fillStyle = col;
      ctx.fill();
      ctx.globalAlpha = 0.35;
      ctx.lineWidth = 1.5 / Math.max(network.getScale(), 0.05);
      ctx.strokeStyle = col;
      ctx.stroke();
      ctx.restore();
    });
  });

  /* rectangles already taken on screen, in a uniform grid of CELL-pixel buckets */
  var CELL = 64;
  function Grid() { this.cells = new Map(); this.list = []; }
  Grid.prototype.each = function (r, f) {
    for (var cx = Math.floor(r[0] / CELL); cx <= Math.floor(r[2] / CELL); cx++) {
      for (var cy = Math.floor(r[1] / CELL); cy <= Math.floor(r[3] / CELL); cy++) {
        if (f(cx + ',' + cy)) { return true; }
      }
    }
    return false;
  };
  Grid.prototype.hits = function (r) {
    var cells = this.cells;
    return this.each(r, function (key) {
      var bucket = cells.get(key);
      if (!bucket) { return false; }
      for (var k = 0; k < bucket.length; k++) {
        var p = bucket[k];
        if (r[0] < p[2] && p[0] < r[2] && r[1] < p[3] && p[1] < r[3]) { return true; }
      }
      return false;
    });
  };
  Grid.prototype.add = function (r, isLabel) {
    var cells = this.cells;
    this.each(r, function (key) {
      if (!cells.has(key)) { cells.set(key, []); }
      cells.get(key).push(r);
      return false;
    });
    if (isLabel) { this.list.push(r); }
  };
  /* labels, in screen pixels (the canvas transform is reset for them) */
  network.on('afterDrawing', function (ctx) {
    var W = ckg.container.clientWidth, H = ckg.container.clientHeight;
    var scale = network.getScale(), vp = network.getViewPosition();
    var ratio = (network.canvas && network.canvas.pixelRatio) || window.devicePixelRatio || 1;
    var hl = ckg.highlighted.length ? new Set(ckg.highlighted) : null;
    var placed = new Grid(), nodeBoxes = new Grid(), shown = [], onScreen = [];
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.lineJoin = 'round';
    /* community numbers first, at the top of their disc */
    ctx.font = 'bold 12px ' + FACE;
    if (!discs) { computeDiscs(); }
    discs.forEach(function (a, c) {
      if (!a.n || hl) { return; }
      var x = (a.x - vp.x) * scale + W / 2, y = (a.y - a.r - vp.y) * scale + H / 2 - 16;
      var tag = '#' + (c + 1);
      var w = ctx.measureText(tag).width;
      var r = [x - w / 2 - 2, y - 1, x + w / 2 + 2, y + 15];
      if (r[2] < 0 || r[0] > W || r[3] < 0 || r[1] > H || placed.hits(r)) { return; }
      placed.add(r, true);
      ctx.lineWidth = 3; ctx.strokeStyle = '#ffffff'; ctx.strokeText(tag, x, y);
      ctx.fillStyle = ckg.communityColor(c); ctx.fillText(tag, x, y);
    });
    /* the nodes on screen: labels are not drawn over them */
    for (var k = 0; k < order.length; k++) {
      var n0 = D.nodes[order[k]];
      if (ckg.isHiddenNode(n0.id) || (hl && !hl.has(n0.id))) { continue; }
      var b0 = body.nodes[n0.id];
      var x0 = (b0.x - vp.x) * scale + W / 2, y0 = (b0.y - vp.y) * scale + H / 2;
      var s0 = (b0.options.size || 10) * scale;
      if (x0 < -s0 || x0 > W + s0 || y0 < -s0 || y0 > H + s0) { continue; }
      onScreen.push([order[k], x0, y0, s0]);
      if (s0 >= 2) { nodeBoxes.add([x0 - s0, y0 - s0, x0 + s0, y0 + s0], false); }
    }
    for (k = 0; k < onScreen.length && shown.length < MAX_LABELS; k++) {
      var i = onScreen[k][0], n = D.nodes[i];
      var x = onScreen[k][1], y = onScreen[k][2] + onScreen[k][3] + 2;
      var hub = D.info[i].hub >= 0;
      ctx.font = (hub ? 'bold ' : '') + FONT + 'px ' + FACE;
      var text = texts[i];
      if (widths[i] < 0 || hub) { widths[i] = ctx.measureText(text).width; }
      var w = widths[i];
      var r = [x - w / 2 - 2, y, x + w / 2 + 2, y + FONT + 3];
      /* the hubs' labels may cover a node; other labels may not */
      if (placed.hits(r) || (!hub && nodeBoxes.hits(r))) { continue; }
      placed.add(r, true);
      shown.push(n.id);
      ctx.lineWidth = 3; ctx.strokeStyle = 'rgba(255,255,255,0.9)'; ctx.strokeText(text, x, y);
      ctx.fillStyle = hub ? '#111111' : '#333333'; ctx.fillText(text, x, y);
    }
    ctx.restore();
    ckg.labelBoxes = placed.list;
    ckg.labelled = shown;
  });
})();
