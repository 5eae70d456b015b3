// The /review page: drafts an article with draftAnnotations, marks every
// suggestion in the text, lets the reviewer accept, edit or reject each one
// (and add what the drafter missed by selecting words), then publishes the
// accepted items with publishArticle, which validates them as it validates
// a hand-made file. Problems come back by path and are shown on the item
// they name. State and document building are in review-state.js, the marks
// in text-marks.js, the items' forms in item-editors.js, the pickers in
// pickers.js, the requests in graphql-client.js.
(function () {
  'use strict';

  var el = window.Pickers.el;
  var P = window.Pickers;
  var RS = window.ReviewState;

  var DRAFT =
    'mutation ($text: String!, $date: String, $file: String) {' +
    ' draftAnnotations(text: $text, date: $date, file: $file) { json lexicon suggestions { path confidence cues } } }';
  var PUBLISH =
    'mutation ($text: String!, $annotation: String!) {' +
    ' publishArticle(text: $text, annotation: $annotation) { id title statements { totalCount } } }';

  var state = {
    vocabularies: null,
    text: '',
    review: null,
    lexicon: '',
    names: {},
    selected: null,
    editing: null,
    problems: {},
    selection: null,
    typed: null,
    published: null,
  };

  function byId(id) {
    return document.getElementById(id);
  }

  /** A key as an element id: items[2] -> item-items-2. */
  function cardId(key) {
    return 'item-' + key.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '');
  }

  function describeId(id) {
    return state.names[id] ? state.names[id] + ' · ' + id : id;
  }

  function confidence(suggestion) {
    return suggestion ? suggestion.confidence.toFixed(2) : '—';
  }

  // ---- drafting ----------------------------------------------------------

  function fileName(text) {
    var given = byId('article-file').value.trim();
    if (given) return Promise.resolve(given);
    // Named like add-article's files (the start of the text's SHA-256), so that the ids the draft takes are new.
    if (!window.crypto || !window.crypto.subtle) return Promise.resolve(null);
    return window.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then(function (digest) {
      var hex = Array.from(new Uint8Array(digest))
        .map(function (byte) {
          return byte.toString(16).padStart(2, '0');
        })
        .join('');
      return 'review_' + hex.slice(0, 16) + '.txt';
    });
  }

  function draft(event) {
    event.preventDefault();
    var text = byId('article-text').value;
    var date = byId('article-date').value.trim();
    window.Graphql.setKey(byId('editor-key').value.trim());
    var status = byId('draft-status');
    status.textContent = 'Drafting…';
    status.className = 'status';
    byId('draft-button').disabled = true;
    fileName(text)
      .then(function (file) {
        if (!file) throw new Error('Give a file name: this page cannot name one here (no Web Crypto outside https).');
        byId('article-file').value = file;
        return window.Graphql.request(DRAFT, { text: text, date: date || null, file: file });
      })
      .then(function (body) {
        if (body.errors) throw new Error(window.Graphql.describeError(body));
        var drafted = body.data.draftAnnotations;
        state.text = text;
        state.lexicon = drafted.lexicon;
        state.review = RS.fromDraft(JSON.parse(drafted.json), drafted.suggestions);
        state.selected = null;
        state.editing = null;
        state.problems = {};
        state.published = null;
        return lookUpNames();
      })
      .then(function () {
        var count = state.review.items.length;
        status.textContent = count + ' suggestions drafted with ' + state.lexicon + '. Review each one, then publish.';
        byId('review').hidden = false;
        byId('publish-button').disabled = false;
        byId('publish-status').textContent = '';
        byId('problems').replaceChildren();
        render();
        document.body.dataset.drafted = 'true';
      })
      .catch(function (error) {
        status.textContent = 'Could not draft: ' + error.message;
        status.className = 'status error';
      })
      .finally(function () {
        byId('draft-button').disabled = false;
      });
  }

  /** The names of every actor and the summaries of every demand the draft names, for the reviewer to read. */
  function lookUpNames() {
    var ids = {};
    state.review.items.forEach(function (item) {
      var d = item.data;
      if (item.kind === 'actor') state.names[d.id] = d.name;
      if (item.kind === 'demand') state.names[d.id] = d.summary;
      if (item.kind === 'statement') {
        [d.speaker, d.onBehalfOf].concat(d.targets || []).forEach(function (id) {
          if (id) ids[id] = true;
        });
        (d.demands || []).forEach(function (stance) {
          ids[stance.demand] = true;
        });
      }
      if (item.kind === 'demand') {
        [d.owner].concat(d.addressedTo || []).forEach(function (id) {
          ids[id] = true;
        });
      }
    });
    var unknown = Object.keys(ids).filter(function (id) {
      return !state.names[id];
    });
    return window.Graphql.lookUp(unknown).then(function (nodes) {
      nodes.forEach(function (node) {
        state.names[node.id] = node.name || node.summary;
      });
    });
  }

  // ---- the article with its marks -----------------------------------------

  function renderText() {
    var marks = window.TextMarks.marksFor(state.review, state.text);
    var segments = window.TextMarks.segments(state.text, marks);
    var article = byId('article');
    article.replaceChildren.apply(
      article,
      segments.map(function (segment) {
        var words = state.text.slice(segment.start, segment.end);
        if (segment.marks.length === 0) return document.createTextNode(words);
        var kinds = {};
        var keys = {};
        segment.marks.forEach(function (index) {
          kinds['k-' + marks[index].kind] = true;
          keys[marks[index].key] = true;
        });
        var classes = ['hl'].concat(Object.keys(kinds));
        if (state.selected && keys[state.selected]) classes.push('current');
        var span = el('span', {
          class: classes.join(' '),
          'data-keys': Object.keys(keys).join(' '),
          title: Object.keys(kinds)
            .map(function (kind) {
              return kind.slice(2);
            })
            .join(', '),
          text: words,
        });
        // The narrowest mark is the item the reader most likely meant.
        var narrowest = segment.marks.slice().sort(function (a, b) {
          return marks[a].end - marks[a].start - (marks[b].end - marks[b].start);
        })[0];
        span.addEventListener('click', function () {
          if (!window.getSelection().isCollapsed) return;
          select(marks[narrowest].key, true);
        });
        return span;
      }),
    );
  }

  /** The offset in the article text of a point in the DOM: the length of the text before it. */
  function offsetOf(node, offset) {
    var range = document.createRange();
    range.setStart(byId('article'), 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  /** The words to add: those selected in the article, else those typed in the search box (for the keyboard). */
  function wanted() {
    return state.selection || state.typed;
  }

  function showWanted() {
    var span = wanted();
    var typed = byId('find-words').value.trim();
    byId('add-quote').disabled = byId('add-statement').disabled = !span;
    byId('selection-hint').textContent = span
      ? 'Selected: “' + state.text.slice(span.start, span.end) + '”'
      : typed
        ? 'Not in the article: “' + typed + '”'
        : 'Select words of the article (or type them) to add a statement the drafter missed.';
  }

  function onSelectionChange() {
    var selection = window.getSelection();
    var article = byId('article');
    state.selection = null;
    if (
      state.review &&
      selection.rangeCount > 0 &&
      !selection.isCollapsed &&
      article.contains(selection.anchorNode) &&
      article.contains(selection.focusNode)
    ) {
      var range = selection.getRangeAt(0);
      var start = offsetOf(range.startContainer, range.startOffset);
      var end = offsetOf(range.endContainer, range.endOffset);
      if (end > start) state.selection = { start: start, end: end };
    }
    showWanted();
  }

  function onWordsTyped() {
    var words = byId('find-words').value.trim();
    var at = words ? state.text.indexOf(words) : -1;
    if (words && at < 0) at = state.text.toLowerCase().indexOf(words.toLowerCase());
    state.typed = at < 0 ? null : { start: at, end: at + words.length };
    showWanted();
  }

  function addFromSelection(asQuote) {
    var span = wanted();
    if (!span) return;
    if (state.editing) {
      // One item open at a time: opening the new one would drop the other's unsaved edits.
      byId('selection-hint').textContent = 'Save or cancel the item you are editing first.';
      return byId(cardId(state.editing.key)).focus();
    }
    var added = RS.addStatement(
      state.review,
      state.text,
      span.start,
      span.end,
      asQuote,
      state.vocabularies.newStatementPlover,
    );
    window.getSelection().removeAllRanges();
    byId('find-words').value = '';
    state.typed = null;
    showWanted();
    if (!added) return;
    state.editing = { key: added.key, data: JSON.parse(JSON.stringify(added.data)) };
    select(added.key, false);
    var speaker = byId(cardId(added.key) + '-speaker');
    if (speaker) speaker.focus();
  }

  // ---- the panel ----------------------------------------------------------

  function render() {
    renderText();
    renderHeader();
    renderItems();
    renderCounts();
  }

  function select(key, focus) {
    state.selected = key;
    renderText();
    renderItems();
    var card = byId(cardId(key));
    if (card) {
      card.scrollIntoView({ block: 'nearest' });
      if (focus) card.focus();
    }
    var mark = document.querySelector('#article .current');
    if (mark) mark.scrollIntoView({ block: 'nearest' });
  }

  function renderCounts() {
    var counts = { pending: 0, accepted: 0, rejected: 0 };
    state.review.items.forEach(function (item) {
      counts[item.status] += 1;
    });
    byId('counts').textContent =
      counts.accepted + ' accepted, ' + counts.rejected + ' rejected, ' + counts.pending + ' undecided';
  }

  function renderHeader() {
    var header = state.review.header;
    var s = state.review.headerSuggestions;
    var problems = state.problems.article || [];
    byId('header-card').replaceChildren(
      el('section', { class: 'card header-card', 'aria-labelledby': 'header-title' }, [
        el('h3', { id: 'header-title', text: 'Article ' + header.id + ' · ' + header.file }),
        P.textField('header-title-input', 'Title (confidence ' + confidence(s.title) + ')', header.title, function (v) {
          header.title = v;
        }),
        window.ItemEditors.dateFields(editorContext(), 'header-published', 'Published', header.published, s.published),
        problemList(problems),
      ]),
    );
  }

  function problemList(problems) {
    if (!problems || problems.length === 0) return null;
    return el(
      'ul',
      { class: 'problems', role: 'alert' },
      problems.map(function (text) {
        return el('li', { text: text });
      }),
    );
  }

  function renderItems() {
    var list = byId('items');
    list.replaceChildren.apply(list, state.review.items.map(card));
  }

  function card(item) {
    var d = item.data;
    var id = cardId(item.key);
    var title = { statement: 'Statement', demand: 'Demand', actor: 'New actor' }[item.kind] + ' ' + d.id;
    var status = item.status + (item.edited && item.status === 'accepted' ? ', edited' : '');
    var children = [
      el('h3', { id: id + '-title' }, [
        el('span', { text: title }),
        el('span', { class: 'badge ' + item.status, text: status }),
        item.suggestions[''] ? el('span', { class: 'confidence', text: confidence(item.suggestions['']) }) : null,
      ]),
    ];
    var editing = state.editing && state.editing.key === item.key;
    children = children.concat(editing ? editor(item, id) : summary(item));
    children.push(problemList(state.problems[item.key]));
    if (!editing) children.push(decisionButtons(item));
    var node = el(
      'li',
      {
        id: id,
        class: 'card ' + item.kind + ' ' + item.status + (state.selected === item.key ? ' selected' : ''),
        tabindex: '-1',
        'data-key': item.key,
        'data-id': d.id,
        'data-status': item.status,
        'aria-labelledby': id + '-title',
      },
      children,
    );
    node.addEventListener('focusin', function () {
      if (state.selected !== item.key) {
        state.selected = item.key;
        renderText();
        document.querySelectorAll('#items .card.selected').forEach(function (other) {
          other.classList.remove('selected');
        });
        node.classList.add('selected');
      }
    });
    return node;
  }

  function line(label, value, suggestion) {
    return el('div', { class: 'line' }, [
      el('span', { class: 'label', text: label + ' ' }),
      el('span', { class: 'value', text: value }),
      suggestion
        ? el('span', { class: 'cues', text: ' · ' + confidence(suggestion) + ' · ' + suggestion.cues.join('; ') })
        : null,
    ]);
  }

  function summary(item) {
    var d = item.data;
    var s = item.suggestions;
    if (item.kind === 'statement') {
      return [
        line('speaker', d.speaker ? describeId(d.speaker) : '(none: pick one)', s.speaker),
        d.onBehalfOf ? line('for', describeId(d.onBehalfOf), s.onBehalfOf) : null,
        line('type', d.plover.type + ' (CAMEO ' + d.plover.cameo + ')', s.plover),
        line('date', d.date.value + ' ' + d.date.precision + ' · ' + d.date.cue, s.date),
        d.quote ? el('blockquote', { text: '“' + d.quote.text + '”' }) : null,
        el('p', { class: 'paraphrase', text: d.paraphrase }),
        el(
          'ul',
          { class: 'stances' },
          (d.demands || []).map(function (stance, index) {
            return el('li', {}, [
              el('span', { class: 'stance ' + stance.stance, text: stance.stance.toLowerCase() }),
              line('', describeId(stance.demand), s['demands[' + index + ']']),
            ]);
          }),
        ),
      ];
    }
    if (item.kind === 'demand') {
      return [
        el('p', { class: 'paraphrase', text: d.summary }),
        line('kind', d.kind + ' · ' + d.topic, s.kind || s.topic),
        line('owner', describeId(d.owner), s.owner),
        line('addressed to', (d.addressedTo || []).map(describeId).join(', ') || 'nobody named', s.addressedTo),
      ];
    }
    return [
      line('name', d.name + (d.aliases && d.aliases.length ? ' (also ' + d.aliases.join(', ') + ')' : '')),
      line('kind', d.kind + (d.country ? ' · ' + d.country : ''), s.kind),
    ];
  }

  function decisionButtons(item) {
    var buttons = [];
    function button(text, action, cls) {
      var node = el('button', { type: 'button', class: cls || '', text: text });
      node.addEventListener('click', action);
      buttons.push(node);
    }
    if (item.status !== 'accepted')
      button('Accept', function () {
        decide(item, 'accepted');
      });
    button('Edit', function () {
      state.editing = { key: item.key, data: JSON.parse(JSON.stringify(item.data)) };
      select(item.key, false);
      var first = document.querySelector('#' + cardId(item.key) + ' input, #' + cardId(item.key) + ' select');
      if (first) first.focus();
    });
    if (item.status !== 'rejected')
      button(
        'Reject',
        function () {
          decide(item, 'rejected');
        },
        'reject',
      );
    return el('div', { class: 'actions', role: 'group', 'aria-label': 'Decide' }, buttons);
  }

  function decide(item, status) {
    item.status = status;
    delete state.problems[item.key];
    state.selected = item.key;
    render();
    var next = byId(cardId(item.key));
    if (next) next.focus();
  }

  // ---- editing ------------------------------------------------------------

  function editorContext() {
    return { review: state.review, vocabularies: state.vocabularies, names: state.names, describe: describeId };
  }

  function editor(item, id) {
    var fields = window.ItemEditors.fields(editorContext(), item, id, state.editing.data);
    var save = el('button', { type: 'submit', text: 'Save and accept' });
    var cancel = el('button', { type: 'button', text: 'Cancel' });
    cancel.addEventListener('click', function () {
      state.editing = null;
      render();
      byId(id).focus();
    });
    var form = el(
      'form',
      { class: 'editor', 'aria-label': 'Edit ' + item.data.id },
      fields.concat([el('div', { class: 'actions' }, [save, cancel])]),
    );
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      item.data = state.editing.data;
      item.edited = true;
      state.editing = null;
      decide(item, 'accepted');
    });
    return [form];
  }

  // ---- publishing ---------------------------------------------------------

  function publish() {
    var status = byId('publish-status');
    status.className = 'status';
    if (state.editing) {
      status.textContent = 'Save or cancel the item you are editing first.';
      return byId(cardId(state.editing.key)).focus();
    }
    var open = RS.undecided(state.review);
    if (open.length > 0) {
      status.textContent =
        'Decide every suggestion first: ' +
        open.length +
        ' undecided (accept, edit or reject each, or accept the undecided).';
      status.className = 'status error';
      return select(open[0].key, true);
    }
    var built = RS.buildDocument(state.review);
    status.textContent = 'Publishing…';
    byId('publish-button').disabled = true;
    window.Graphql.request(PUBLISH, { text: state.text, annotation: JSON.stringify(built.document) }).then(
      function (body) {
        state.problems = {};
        var general = [];
        if (body.errors) {
          var error = body.errors[0];
          var problems = (error.extensions && error.extensions.problems) || [];
          RS.placeProblems(state.review, problems, built.paths).forEach(function (placed) {
            var key = placed.key;
            if (key) (state.problems[key] = state.problems[key] || []).push(placed.text);
            else general.push(placed.text);
          });
          status.textContent =
            'Refused, nothing was written: ' +
            (problems.length > 0
              ? problems.length + ' problem' + (problems.length === 1 ? '' : 's') + ', shown on the items they name.'
              : window.Graphql.describeError(body));
          status.className = 'status error';
          byId('publish-button').disabled = false;
        } else {
          var article = body.data.publishArticle;
          state.published = article.id;
          status.textContent =
            'Published ' +
            article.id +
            ' (“' +
            article.title +
            '”) with ' +
            article.statements.totalCount +
            ' statements.';
          status.className = 'status ok';
          document.body.dataset.published = article.id;
        }
        byId('problems').replaceChildren.apply(
          byId('problems'),
          general.map(function (text) {
            return el('li', { text: text });
          }),
        );
        render();
        var first = Object.keys(state.problems)[0];
        if (first && first !== 'article') select(first, true);
      },
    );
  }

  function acceptRest() {
    RS.undecided(state.review).forEach(function (item) {
      item.status = 'accepted';
    });
    render();
  }

  // ---- start --------------------------------------------------------------

  function start() {
    byId('editor-key').value = window.Graphql.key();
    byId('draft-form').addEventListener('submit', draft);
    byId('add-quote').addEventListener('click', function () {
      addFromSelection(true);
    });
    byId('add-statement').addEventListener('click', function () {
      addFromSelection(false);
    });
    byId('accept-rest').addEventListener('click', acceptRest);
    byId('publish-button').addEventListener('click', publish);
    document.addEventListener('selectionchange', onSelectionChange);
    byId('find-words').addEventListener('input', onWordsTyped);
    fetch('vocabularies.json')
      .then(function (response) {
        if (!response.ok) throw new Error('vocabularies.json answered ' + response.status);
        return response.json();
      })
      .then(function (vocabularies) {
        state.vocabularies = vocabularies;
        document.body.dataset.ready = 'true';
      })
      .catch(function (error) {
        byId('draft-status').textContent = 'Could not load the vocabularies: ' + error.message;
        byId('draft-status').className = 'status error';
      });
  }

  start();
})();
