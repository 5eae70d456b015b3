// The /explore page: fetches data.json, draws the actor–demand network with
// cytoscape.js (coloured by agreement community, sized by PageRank) and lists
// a node's statements, with their quotes and articles, when it is clicked.
// A slider over the statement dates redraws the network as it stood on a
// date (data.json?asOf=, the same cut as GraphQL's analytics(asOf:)), and
// Play steps through the dates.
(function () {
  'use strict';

  var PALETTE = [
    '#4f6bd8',
    '#d64545',
    '#2e9e5b',
    '#e08a1e',
    '#8e44ad',
    '#16a2b8',
    '#c2185b',
    '#7c8b2e',
    '#795548',
    '#5c6bc0',
    '#00897b',
    '#f06292',
  ];
  var EDGE_COLOURS = {
    SETS: '#4f6bd8',
    REPEATS: '#8fa2e8',
    ACCEPTS: '#2e9e5b',
    REJECTS: '#d64545',
    OWNS: '#9aa3b2',
    ADDRESSED_TO: '#c9a227',
  };
  var EDGE_NAMES = {
    SETS: 'sets',
    REPEATS: 'repeats',
    ACCEPTS: 'accepts',
    REJECTS: 'rejects',
    OWNS: 'owned by',
    ADDRESSED_TO: 'addressed to',
  };
  // Between two steps of Play, once a step is drawn.
  var PLAY_STEP_MS = 900;
  // While the slider is dragged, the network follows once it rests this long.
  var SLIDE_SETTLE_MS = 150;
  var state = {
    data: null,
    cy: null,
    level: 'ACTOR',
    // The slider's steps: every statement date, then "as it stands" (undated statements count only there).
    dates: [],
    // The last query asked for; a slower answer to an earlier one is not drawn over it.
    asked: null,
    settle: null,
    playing: null,
  };
  var slider = document.getElementById('as-of');

  function colour(community) {
    return community < 0 ? '#9aa3b2' : PALETTE[community % PALETTE.length];
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(child);
    });
    return node;
  }

  /** The date the slider stands on; null at its end (the network as it stands). */
  function sliderDate() {
    var index = Number(slider.value);
    return index < state.dates.length ? state.dates[index] : null;
  }

  function load() {
    var asOf = sliderDate();
    var query = 'level=' + encodeURIComponent(state.level) + (asOf ? '&asOf=' + encodeURIComponent(asOf) : '');
    state.asked = query;
    document.body.dataset.ready = 'false';
    return fetch('data.json?' + query)
      .then(function (response) {
        if (!response.ok) throw new Error('data.json answered ' + response.status);
        return response.json();
      })
      .then(function (data) {
        if (query !== state.asked) return;
        setDates(data.dates);
        draw(data);
      })
      .catch(function (error) {
        stopPlaying();
        document.getElementById('summary').textContent = '';
        document
          .getElementById('details')
          .replaceChildren(el('p', { class: 'error', text: 'Could not load the network: ' + error.message }));
      });
  }

  /** The slider's steps, kept where it stands when the dates are the same. */
  function setDates(dates) {
    if (dates.join() === state.dates.join()) return;
    var asOf = sliderDate();
    state.dates = dates;
    slider.max = String(dates.length);
    var index = asOf === null ? -1 : dates.indexOf(asOf);
    slider.value = String(index < 0 ? dates.length : index);
    slider.disabled = dates.length === 0;
    showSliderDate();
  }

  function showSliderDate() {
    var asOf = sliderDate();
    document.getElementById('as-of-label').textContent = asOf === null ? 'as it stands' : asOf;
  }

  function stopPlaying() {
    if (state.playing !== null) clearTimeout(state.playing);
    state.playing = null;
    var button = document.getElementById('play');
    button.textContent = 'Play';
    button.setAttribute('aria-pressed', 'false');
  }

  /** Draws the current step, then moves the slider on, until the network as it stands is drawn. */
  function playStep() {
    showSliderDate();
    load().then(function () {
      if (state.playing === null) return;
      if (Number(slider.value) >= Number(slider.max)) return stopPlaying();
      state.playing = setTimeout(function () {
        slider.value = String(Number(slider.value) + 1);
        playStep();
      }, PLAY_STEP_MS);
    });
  }

  function togglePlay() {
    if (state.playing !== null) return stopPlaying();
    var button = document.getElementById('play');
    button.textContent = 'Pause';
    button.setAttribute('aria-pressed', 'true');
    // From the first date when it stands at the end, else from where it stands.
    if (Number(slider.value) >= Number(slider.max)) slider.value = '0';
    state.playing = 0;
    playStep();
  }

  function draw(data) {
    state.data = data;
    // Nodes drawn before keep their place, so a step through time shows what came and went.
    var placed = {};
    if (state.cy)
      state.cy.nodes().forEach(function (node) {
        placed[node.id()] = { x: node.position('x'), y: node.position('y') };
      });
    var maxRank = Math.max.apply(
      null,
      data.nodes
        .filter(function (n) {
          return n.type === 'actor';
        })
        .map(function (n) {
          return n.pageRank;
        })
        .concat([1e-9]),
    );
    var elements = data.nodes
      .map(function (node) {
        var size = node.type === 'actor' ? 18 + 72 * Math.sqrt(node.pageRank / maxRank) : 16;
        return {
          group: 'nodes',
          data: {
            id: node.id,
            label: node.type === 'actor' ? node.label : '',
            type: node.type,
            size: size,
            colour: colour(node.community),
          },
          position: placed[node.id],
        };
      })
      .concat(
        data.edges.map(function (edge) {
          return {
            group: 'edges',
            data: {
              id: edge.id,
              source: edge.source,
              target: edge.target,
              type: edge.type,
              colour: EDGE_COLOURS[edge.type],
              width: Math.min(1 + edge.statements.length, 6),
            },
          };
        }),
      );

    if (state.cy) state.cy.destroy();
    var cy = cytoscape({
      container: document.getElementById('graph'),
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            width: 'data(size)',
            height: 'data(size)',
            label: 'data(label)',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-outline-color': '#fff',
            'text-outline-width': 2,
            color: '#1d2330',
          },
        },
        {
          selector: 'node[type = "demand"]',
          style: { shape: 'diamond', opacity: 0.75, 'border-width': 1, 'border-color': '#555' },
        },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            opacity: 0.7,
            'arrow-scale': 0.8,
          },
        },
        { selector: 'edge[type = "OWNS"]', style: { 'line-style': 'dashed', width: 1, 'target-arrow-shape': 'none' } },
        {
          selector: 'edge[type = "ADDRESSED_TO"]',
          style: { 'line-style': 'dotted', width: 1.5, opacity: 0.6, 'arrow-scale': 0.6 },
        },
        { selector: ':selected', style: { 'border-width': 4, 'border-color': '#1d2330' } },
      ],
      layout: data.nodes.every(function (node) {
        return placed[node.id];
      })
        ? { name: 'preset' }
        : {
            name: 'cose',
            animate: false,
            randomize: false,
            nodeRepulsion: function () {
              return 9000;
            },
            idealEdgeLength: function () {
              return 60;
            },
            padding: 20,
          },
    });
    state.cy = cy;
    window.cy = cy;
    cy.on('tap', 'node', function (event) {
      showNode(event.target.id());
    });

    var actors = data.nodes.filter(function (n) {
      return n.type === 'actor';
    }).length;
    document.getElementById('summary').textContent =
      actors +
      ' ' +
      (data.level === 'SIDE' ? 'sides' : 'actors') +
      ', ' +
      (data.nodes.length - actors) +
      ' demands, ' +
      data.edges.length +
      ' edges' +
      (data.asOf ? ' as of ' + data.asOf : '') +
      '. Size: PageRank in the influence projection; colour: Louvain community of the agreement projection.';
    drawLegend(data);
    document.body.dataset.asOf = data.asOf || '';
    document.body.dataset.ready = 'true';
  }

  function drawLegend(data) {
    var communities = data.communities.map(function (c) {
      return el('li', {}, [
        el('span', { class: 'swatch', style: 'background:' + colour(c.id) }),
        el('span', { text: c.label + ' (' + c.size + ')' }),
      ]);
    });
    var edges = Object.keys(EDGE_NAMES).map(function (type) {
      var line = type === 'OWNS' ? 'dashed' : type === 'ADDRESSED_TO' ? 'dotted' : 'solid';
      return el('li', {}, [
        el('span', { class: 'edge-key', style: 'border-top-style:' + line + ';border-color:' + EDGE_COLOURS[type] }),
        el('span', { text: EDGE_NAMES[type] }),
      ]);
    });
    document
      .getElementById('legend')
      .replaceChildren(
        el('h2', { text: 'Communities' }),
        el('ul', {}, communities),
        el('h2', { text: 'Edges' }),
        el('ul', {}, edges),
      );
  }

  function showNode(id) {
    var data = state.data;
    var node = data.nodes.find(function (n) {
      return n.id === id;
    });
    if (!node) return;
    var community = data.communities.find(function (c) {
      return c.id === node.community;
    });
    var meta =
      node.type === 'actor'
        ? node.kind +
          ' · community ' +
          (community ? community.label : '—') +
          ' · PageRank ' +
          node.pageRank.toFixed(3) +
          ' · betweenness ' +
          node.betweenness.toFixed(3) +
          ' · in ' +
          node.inDegree +
          ' / out ' +
          node.outDegree
        : node.kind +
          ' · ' +
          node.topic +
          ' · owned by ' +
          ((
            data.nodes.find(function (n) {
              return n.id === node.owner;
            }) || {}
          ).label || node.owner);
    var ids = data.nodeStatements[id] || [];
    var list = ids
      .map(function (sid) {
        return data.statements[sid];
      })
      .sort(function (a, b) {
        return (a.date || '').localeCompare(b.date || '') || a.id.localeCompare(b.id);
      });
    var items = list.map(function (s) {
      var stances = s.stances
        .filter(function (x) {
          return node.type === 'actor' || x.demand === id;
        })
        .map(function (x) {
          return el('span', { class: 'stance ' + x.stance, title: x.summary, text: x.stance.toLowerCase() });
        });
      return el('div', { class: 'statement', 'data-statement': s.id }, [
        el(
          'div',
          {},
          [
            el('strong', { text: s.speaker + (s.onBehalfOf ? ' (for ' + s.onBehalfOf + ')' : '') }),
            el('span', { text: ' · ' + (s.date || 'undated') + ' ' }),
          ].concat(stances),
        ),
        s.quote ? el('blockquote', { text: '“' + s.quote + '”' }) : null,
        el('p', { class: 'paraphrase', text: s.paraphrase }),
        el('div', {
          class: 'source',
          text:
            s.article.title +
            (s.article.publishedOn ? ' (' + s.article.publishedOn + ')' : '') +
            ' · ' +
            s.article.id +
            ' · ' +
            s.id,
        }),
      ]);
    });
    document
      .getElementById('details')
      .replaceChildren.apply(
        document.getElementById('details'),
        [
          el('h2', { text: node.label }),
          el('p', { class: 'meta', text: meta }),
          el('p', { class: 'meta', text: ids.length + ' statement(s)' }),
        ].concat(items),
      );
  }

  document.getElementById('level').addEventListener('change', function (event) {
    state.level = event.target.value;
    load();
  });
  // Dragging redraws once the slider rests; letting go (or a key) redraws at once.
  slider.addEventListener('input', function () {
    stopPlaying();
    showSliderDate();
    clearTimeout(state.settle);
    state.settle = setTimeout(load, SLIDE_SETTLE_MS);
  });
  slider.addEventListener('change', function () {
    clearTimeout(state.settle);
    load();
  });
  document.getElementById('play').addEventListener('click', togglePlay);
  load();
})();
