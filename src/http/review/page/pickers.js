// Pickers for the ids an annotation names: a search box whose matches are
// buttons, and the current choice beside its label. Actors come from
// nameSearch (as people type names, typos included) and the draft's own
// proposed actors; demands from the demands list's summary search and the
// draft's own demands. A picked id is always one that exists (or that the
// draft declares), so the reviewer never types an id by hand.
(function (root) {
  'use strict';

  var SEARCH_DELAY_MS = 250;
  var MATCHES = 8;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === 'text') node.textContent = attrs[name];
      else if (attrs[name] !== null && attrs[name] !== undefined) node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(child);
    });
    return node;
  }

  /**
   * options: id (of the search box), label, value (an id or null), describe(id) -> text,
   * search(words) -> Promise of [{ id, label }], onPick(id, label), allowNone.
   */
  function searchPicker(options) {
    var value = options.value;
    var current = el('output', { id: options.id + '-current', class: 'current' });
    var input = el('input', {
      id: options.id,
      type: 'search',
      autocomplete: 'off',
      placeholder: options.placeholder || 'Type a name to search',
      'aria-describedby': options.id + '-current',
    });
    var results = el('ul', { class: 'results', 'aria-label': options.label + ': matches' });
    var timer = null;
    var matches = [];

    function show() {
      current.textContent = value ? options.describe(value) : 'none';
    }

    function pick(id, label) {
      value = id;
      show();
      results.replaceChildren();
      input.value = '';
      options.onPick(id, label);
    }

    function list(found) {
      matches = found;
      results.replaceChildren.apply(
        results,
        found.length === 0
          ? [el('li', { class: 'hint', text: 'No match' })]
          : found.map(function (match) {
              var button = el('button', { type: 'button', 'data-id': match.id, text: match.label + ' · ' + match.id });
              button.addEventListener('click', function () {
                pick(match.id, match.label);
                input.focus();
              });
              return el('li', {}, [button]);
            }),
      );
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      var words = input.value.trim();
      if (!words) return results.replaceChildren();
      timer = setTimeout(function () {
        options.search(words).then(function (found) {
          if (input.value.trim() === words) list(found);
        });
      }, SEARCH_DELAY_MS);
    });
    // Enter takes the best match instead of submitting anything.
    input.addEventListener('keydown', function (event) {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      if (matches.length > 0) pick(matches[0].id, matches[0].label);
    });

    show();
    var children = [el('label', { for: options.id, text: options.label }), current, input];
    if (options.allowNone) {
      var none = el('button', { type: 'button', class: 'link', text: 'Set to none' });
      none.addEventListener('click', function () {
        pick(null, null);
      });
      children.push(none);
    }
    children.push(results);
    return el('div', { class: 'picker' }, children);
  }

  function unique(list) {
    var seen = {};
    return list.filter(function (entry) {
      if (seen[entry.id]) return false;
      seen[entry.id] = true;
      return true;
    });
  }

  var ACTOR_SEARCH =
    'query ($text: String!, $first: Int!) { nameSearch(text: $text, labels: [ACTOR], first: $first) { node { id ... on Actor { name } } } }';
  var DEMAND_SEARCH =
    'query ($text: String!, $first: Int!) { demands(search: $text, first: $first) { nodes { id summary owner { name } } } }';

  /** The draft's proposed actors first, then the graph's by nameSearch. */
  function searchActors(review, words) {
    var own = root.ReviewState.draftActors(review, words).map(function (actor) {
      return { id: actor.id, label: actor.name + ' (new in this draft)' };
    });
    return root.Graphql.request(ACTOR_SEARCH, { text: words, first: MATCHES }).then(function (body) {
      var found = ((body.data && body.data.nameSearch) || []).map(function (match) {
        return { id: match.node.id, label: match.node.name };
      });
      return unique(own.concat(found));
    });
  }

  /** The draft's demands whose summary holds the words, then the graph's. */
  function searchDemands(review, words) {
    var wanted = words.toLowerCase();
    var own = root.ReviewState.draftDemands(review)
      .filter(function (demand) {
        return demand.summary.toLowerCase().indexOf(wanted) >= 0 || demand.id.indexOf(wanted) >= 0;
      })
      .map(function (demand) {
        return { id: demand.id, label: demand.summary + ' (new in this draft)' };
      });
    return root.Graphql.request(DEMAND_SEARCH, { text: words, first: MATCHES }).then(function (body) {
      var found = ((body.data && body.data.demands && body.data.demands.nodes) || []).map(function (demand) {
        return { id: demand.id, label: demand.summary + (demand.owner ? ' (' + demand.owner.name + ')' : '') };
      });
      return unique(own.concat(found));
    });
  }

  /** A <select> of a closed list, labelled. */
  function choice(id, label, values, value, onChange) {
    var select = el(
      'select',
      { id: id },
      values.map(function (option) {
        var node = el('option', { value: option, text: option });
        if (option === value) node.selected = true;
        return node;
      }),
    );
    select.addEventListener('change', function () {
      onChange(select.value);
    });
    return el('div', { class: 'field' }, [el('label', { for: id, text: label }), select]);
  }

  /** A labelled text box (or a textarea when `multiline`). */
  function textField(id, label, value, onChange, multiline) {
    var input = el(multiline ? 'textarea' : 'input', multiline ? { id: id, rows: '3' } : { id: id, type: 'text' });
    input.value = value === null || value === undefined ? '' : value;
    input.addEventListener('input', function () {
      onChange(input.value);
    });
    return el('div', { class: 'field' + (multiline ? ' wide' : '') }, [el('label', { for: id, text: label }), input]);
  }

  root.Pickers = {
    el: el,
    searchPicker: searchPicker,
    searchActors: searchActors,
    searchDemands: searchDemands,
    choice: choice,
    textField: textField,
  };
})(window);
