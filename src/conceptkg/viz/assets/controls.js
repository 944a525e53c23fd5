/* conceptkg graph view, part 4: sidebar controls: type filters, search box, communities (open
 * one, back to all), expand a node's neighbours, time filter (when documents have dates). */
(function () {
  'use strict';
  var ckg = window.ckg, D = ckg.data, network = ckg.network;
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function fmt(n) { return Number(n || 0).toLocaleString('en-US'); }

  /* ---- filters by node type and edge type ---- */
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input.ckg-filter'));
  function applyFilters() {
    boxes.forEach(function (b) { ckg.typeOff[b.dataset.type] = !b.checked; });
    ckg.refresh();
  }
  boxes.forEach(function (b) { b.addEventListener('change', applyFilters); });
  ckg.applyFilters = applyFilters;

  /* ---- what the view left out ---- */
  var H = D.meta.hidden || {}, notes = document.getElementById('ckg-hidden');
  function note(text) { notes.appendChild(el('li', null, text)); }
  if (D.meta.period) {
    note('Only what the documents dated ' + (D.meta.period[0] || '…') + ' to ' +
      (D.meta.period[1] || '…') + ' say (viz --since/--until), with their counts.');
  }
  if (H.metricsHidden || H.measuresHidden) {
    note(fmt(H.metricsHidden) + ' Metric nodes and ' + fmt(H.measuresHidden) +
      ' MEASURES edges (statistics) not shown: viz --metrics shows them.');
  }
  if (H.isolatedHidden) {
    note(fmt(H.isolatedHidden) + (H.typed ? ' nodes without an edge of the chosen types' :
      ' nodes without any edge') + (H.isolatedCapped ? ' not shown: a page draws at most ' +
      fmt(H.maxNodes) + ' nodes (those without edges last, the most mentioned first) and a top-N ' +
      'overview none of them.' : ' not shown: viz --isolated shows them.'));
  }
  if (H.top) {
    note('Overview of the ' + fmt(H.top) + ' best-connected nodes and their neighbours' +
      (H.neighboursHidden ? ' (' + fmt(H.neighboursHidden) + ' of them left out: the page ' +
        'draws the best-connected)' : '') + '; ' + fmt(H.beyondTop) + ' more nodes are not in this page (viz --focus NAME or --top N). ' +
      fmt(H.reserve) + ' neighbours of neighbours appear when you expand a node.');
  }
  notes.hidden = !notes.children.length;

  /* ---- the header counts what is shown (time range, types, an open community) ---- */
  var statsEl = document.getElementById('ckg-stats'), statsText = statsEl.textContent;
  var statsMode = statsText.split(' · ').slice(2).join(' · ');
  ckg.onRefresh.push(function () {
    var vn = D.nodes.length - ckg.hiddenNodes, ve = D.edges.length - ckg.hiddenEdges;
    var n = D.meta.nodes, e = D.meta.edges;
    if (vn === n && ve === e) { statsEl.textContent = statsText; return; }
    statsEl.textContent = (vn <= n && ve <= e ?
      fmt(vn) + ' of ' + fmt(n) + ' nodes · ' + fmt(ve) + ' of ' + fmt(e) + ' edges shown' :
      fmt(vn) + ' nodes · ' + fmt(ve) + ' edges shown (with expanded ones)') +
      (statsMode ? ' · ' + statsMode : '');
  });

  /* ---- expand: the hidden neighbours of a node (other communities, reserve) ---- */
  function hiddenNeighbours(id) {
    var out = [];
    (ckg.adj.get(id) || []).forEach(function (ne) {
      var n = D.nodes[ckg.index.get(ne[0])];
      if (ckg.isHiddenNode(ne[0]) && !ckg.typeOff[n.group] && !ckg.typeOff[D.edges[ne[1]].type]) {
        out.push(ne[0]);
      }
    });
    return out;
  }
  ckg.hiddenNeighbours = function (id) { return hiddenNeighbours(id).length; };
  ckg.expand = function (id) {
    var ids = hiddenNeighbours(id);
    ids.forEach(function (n) { ckg.revealed.add(n); });
    ckg.refresh();
    network.selectNodes([id]);
    ckg.highlight(id);
    return ids.length;
  };

  network.on('doubleClick', function (p) {  /* double-click a node: expand it */
    if (p.nodes.length) {
      ckg.expand(p.nodes[0]);
      if (ckg.showNode) { ckg.showNode(p.nodes[0]); }
    }
  });

  /* ---- communities ---- */
  var list = document.getElementById('ckg-communities');
  var back = document.getElementById('ckg-all');
  function openCommunity(c) {
    ckg.openCommunity = c;
    ckg.revealed.clear();
    ckg.refresh();
    ckg.clearHighlight();
    var ids = D.nodes.filter(function (n) { return !ckg.isHiddenNode(n.id); })
      .map(function (n) { return n.id; });
    if (ids.length) { network.fit({ nodes: ids, animation: false }); }
    back.hidden = c === null;
    Array.prototype.forEach.call(list.children, function (li, k) {
      li.classList.toggle('active', k === c);
    });
  }
  ckg.openCommunityAt = openCommunity;
  if (ckg.overview && D.communities.length) {
    D.communities.forEach(function (com, c) {
      var li = el('li');
      var sw = el('span', 'ckg-dot');
      sw.style.background = ckg.communityColor(c);
      li.appendChild(sw);
      li.appendChild(el('b', null, '#' + (c + 1)));
      li.appendChild(el('span', 'ckg-count', fmt(com.size)));
      li.appendChild(el('span', 'ckg-hubs', com.pooled ? 'small clusters' :
        com.hubs.map(function (i) { return D.nodes[i].label; }).join('、')));
      li.title = 'Open this community';
      li.addEventListener('click', function () { openCommunity(c); });
      list.appendChild(li);
    });
    back.addEventListener('click', function () {
      openCommunity(null);
      network.fit({ animation: false });
    });
  } else {
    document.getElementById('ckg-community-box').hidden = true;
  }

  /* ---- time filter (documents with dates only) ---- */
  var dates = Array.from(new Set(D.docs.map(function (d) { return d[2]; })
    .filter(function (d) { return !!d; }))).sort();
  var tbox = document.getElementById('ckg-time-box');
  var from = document.getElementById('ckg-from'), to = document.getElementById('ckg-to');
  var tlabel = document.getElementById('ckg-time-label');
  function showRange() {
    var r = ckg.timeRange || [dates[0], dates[dates.length - 1]];
    tlabel.textContent = r[0] + ' – ' + r[1];
  }
  ckg.setTimeRange = function (a, b) {
    ckg.timeRange = a === null ? null : [a, b];
    ckg.refresh();
    ckg.syncControls();
  };
  if (dates.length) {
    from.max = to.max = String(dates.length - 1);
    from.value = '0';
    to.value = String(dates.length - 1);
    var onRange = function () {
      var a = Math.min(+from.value, +to.value), b = Math.max(+from.value, +to.value);
      var all = a === 0 && b === dates.length - 1;
      ckg.timeRange = all ? null : [dates[a], dates[b]];
      ckg.refresh();
      showRange();
    };
    from.addEventListener('input', onRange);
    to.addEventListener('input', onRange);
    showRange();
  } else {
    tbox.hidden = true;
  }
  ckg.dates = dates;

  ckg.syncControls = function () {
    boxes.forEach(function (b) { b.checked = !ckg.typeOff[b.dataset.type]; });
    if (dates.length) {
      var r = ckg.timeRange;
      from.value = String(r ? Math.max(0, dates.indexOf(r[0])) : 0);
      to.value = String(r ? Math.max(0, dates.indexOf(r[1])) : dates.length - 1);
      showRange();
    }
  };

  /* ---- search box ---- */
  var input = document.getElementById('ckg-search');
  var results = document.getElementById('ckg-results');
  var current = [];
  function renderResults() {
    current = ckg.searchNodes(input.value, 12);
    results.textContent = '';
    if (!input.value.trim()) { results.classList.remove('open'); return; }
    if (!current.length) { results.appendChild(el('li', 'ckg-none', 'No match / 无匹配')); }
    current.forEach(function (id, k) {
      var n = D.nodes[ckg.index.get(id)];
      var li = el('li', k === 0 ? 'active' : null, n.label);
      li.setAttribute('role', 'option');
      li.appendChild(el('span', 'ckg-rtype', n.group));
      li.addEventListener('click', function () { ckg.focusNodes([id], true); });
      results.appendChild(li);
    });
    results.classList.add('open');
  }
  input.addEventListener('input', renderResults);
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && current.length) { ckg.focusNodes([current[0]], true); }
    if (ev.key === 'Escape') { input.value = ''; renderResults(); }
  });
  document.getElementById('ckg-reset').addEventListener('click', function () {
    input.value = '';
    renderResults();
    boxes.forEach(function (b) { b.checked = true; });
    ckg.typeOff = {};
    ckg.timeRange = null;
    ckg.openCommunity = null;
    ckg.revealed.clear();
    ckg.refresh();
    ckg.syncControls();
    back.hidden = true;
    Array.prototype.forEach.call(list.children, function (li) { li.classList.remove('active'); });
    ckg.clearHighlight();
    ckg.closePanel();
    network.unselectAll();
    network.fit({ animation: false });
  });
})();
