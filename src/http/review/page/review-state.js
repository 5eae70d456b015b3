// The review of a draft, without the page: the drafted items with their
// decisions (pending, accepted, rejected), the annotation document built
// from what was accepted, and the validator's problems matched back to the
// items they name. No DOM here, so test/unit/review-state.test.ts runs it in
// Node; the page loads it as a plain script (window.ReviewState).
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.ReviewState = api;
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  // The sections a reviewer decides on item by item, in the order the page lists them.
  var SECTIONS = [
    { section: 'statements', kind: 'statement' },
    { section: 'demands', kind: 'demand' },
    { section: 'actors', kind: 'actor' },
  ];

  function copy(value) {
    return JSON.parse(JSON.stringify(value));
  }

  /** The suggestions of one item, by the rest of their path: '' for the item itself, 'speaker', 'demands[0]', ... */
  function suggestionsUnder(suggestions, path) {
    var found = {};
    Object.keys(suggestions).forEach(function (key) {
      if (key === path) found[''] = suggestions[key];
      else if (key.indexOf(path + '.') === 0) found[key.slice(path.length + 1)] = suggestions[key];
    });
    return found;
  }

  /**
   * A review of a draft of draftAnnotations: `annotation` is its json parsed,
   * `suggestions` its list ({ path, confidence, cues }).
   */
  function fromDraft(annotation, suggestionList) {
    var suggestions = {};
    (suggestionList || []).forEach(function (s) {
      suggestions[s.path] = { confidence: s.confidence, cues: s.cues };
    });
    var items = [];
    SECTIONS.forEach(function (entry) {
      (annotation[entry.section] || []).forEach(function (data, index) {
        var path = entry.section + '[' + index + ']';
        items.push({
          key: path,
          kind: entry.kind,
          data: copy(data),
          status: 'pending',
          edited: false,
          added: false,
          suggestions: suggestionsUnder(suggestions, path),
        });
      });
    });
    return {
      base: copy(annotation),
      header: copy(annotation.article),
      headerSuggestions: suggestionsUnder(suggestions, 'article'),
      items: items,
      added: 0,
    };
  }

  function item(review, key) {
    return review.items.find(function (candidate) {
      return candidate.key === key;
    });
  }

  function undecided(review) {
    return review.items.filter(function (candidate) {
      return candidate.status === 'pending';
    });
  }

  /** The ids of the draft's own items the reviewer rejected: references to them are dropped, not sent dangling. */
  function rejectedIds(review, kind) {
    var ids = {};
    review.items.forEach(function (candidate) {
      if (candidate.kind === kind && candidate.status === 'rejected') ids[candidate.data.id] = true;
    });
    return ids;
  }

  function without(list, ids) {
    return (list || []).filter(function (id) {
      return !ids[id];
    });
  }

  /**
   * The annotation file made of the header and the accepted items, and which
   * item each of its paths came from (`statements[2]` -> key), so that a
   * problem the validator names by path finds its item. A stance on a
   * rejected demand and a reference to a rejected actor go with what they
   * point at; a speaker or an owner that was rejected stays, for the
   * validator to name.
   */
  function buildDocument(review) {
    var rejectedDemands = rejectedIds(review, 'demand');
    var rejectedActors = rejectedIds(review, 'actor');
    var document = {
      article: copy(review.header),
      actors: [],
      territories: copy(review.base.territories || []),
      events: copy(review.base.events || []),
      statements: [],
      demands: [],
      relations: copy(review.base.relations || []),
    };
    var paths = {};
    review.items.forEach(function (candidate) {
      if (candidate.status !== 'accepted') return;
      var data = copy(candidate.data);
      if (candidate.kind === 'statement') {
        data.demands = (data.demands || []).filter(function (stance) {
          return !rejectedDemands[stance.demand];
        });
        data.targets = without(data.targets, rejectedActors);
        data.mentions = without(data.mentions, rejectedActors);
      }
      if (candidate.kind === 'demand') data.addressedTo = without(data.addressedTo, rejectedActors);
      var section = candidate.kind + 's';
      paths[section + '[' + document[section].length + ']'] = candidate.key;
      document[section].push(data);
    });
    return { document: document, paths: paths };
  }

  /** `statements[3].speaker` -> `statements[3]`; null for a path outside the reviewed sections. */
  function itemPath(path) {
    var match = /^(statements|demands|actors)\[\d+\]/.exec(path || '');
    return match ? match[0] : null;
  }

  /** A problem as the validator prints it: file:line: path (item id): reason. */
  function describeProblem(problem, itemId) {
    var where = problem.line !== undefined && problem.line !== null ? problem.file + ':' + problem.line : problem.file;
    var id = problem.item || itemId;
    var path = id ? problem.path + ' (' + id + ')' : problem.path;
    return where + ': ' + path + ': ' + problem.reason;
  }

  /** Each problem with the key of the item it names ('article' for the header, null for anything else) and its text. */
  function placeProblems(review, problems, paths) {
    return (problems || []).map(function (problem) {
      var at = itemPath(problem.path);
      var key = at && paths[at] ? paths[at] : /^article\b/.test(problem.path) ? 'article' : null;
      var found = key ? item(review, key) : null;
      return { key: key, text: describeProblem(problem, found ? found.data.id : null) };
    });
  }

  /** The next free statement id, numbered like the draft's (stmt-<article>-NN). */
  function nextStatementId(review) {
    var stem = review.header.id.replace(/^article-/, '');
    var taken = {};
    review.items.forEach(function (candidate) {
      taken[candidate.data.id] = true;
    });
    for (var n = 1; ; n++) {
      var id = 'stmt-' + stem + '-' + (n < 10 ? '0' + n : String(n));
      if (!taken[id]) return id;
    }
  }

  // Quotation marks a selection may take in at either end; a quote is the words inside them.
  var MARKS = '"\'“”‘’«»„';

  /** The span without blanks (and, for a quote, quotation marks) at its ends; null when nothing is left. */
  function trimSpan(text, start, end, quote) {
    var strip = function (ch) {
      return /\s/.test(ch) || (quote && MARKS.indexOf(ch) >= 0);
    };
    while (start < end && strip(text[start])) start++;
    while (end > start && strip(text[end - 1])) end--;
    return end > start ? { start: start, end: end } : null;
  }

  /**
   * A statement the drafter missed, from a selection of the text: a quote
   * (the words at their offsets) or a paraphrased statement (the selection as
   * its evidence). Its speaker is left for the reviewer to pick; its date is
   * the article's, said to be inferred; its type `plover`, what the drafter
   * gives a statement without a type cue.
   */
  function addStatement(review, text, start, end, asQuote, plover) {
    var span = trimSpan(text, start, end, asQuote);
    if (!span) return null;
    var words = text.slice(span.start, span.end);
    var published = review.header.published;
    review.added += 1;
    var added = {
      key: 'added[' + review.added + ']',
      kind: 'statement',
      status: 'accepted',
      edited: true,
      added: true,
      suggestions: {},
      data: {
        id: nextStatementId(review),
        speaker: '',
        onBehalfOf: null,
        date: {
          value: published.value,
          precision: published.precision,
          cue: "the article's date",
          inferred: true,
        },
        quote: asQuote ? { text: words, start: span.start, end: span.end } : null,
        paraphrase: words,
        evidence: asQuote ? null : { start: span.start, end: span.end },
        reportedBy: null,
        plover: copy(plover),
        targets: [],
        mentions: [],
        demands: [],
      },
    };
    review.items.push(added);
    return added;
  }

  /** The demands a stance may point at: the draft's own, not rejected, by id with their summaries. */
  function draftDemands(review) {
    return review.items
      .filter(function (candidate) {
        return candidate.kind === 'demand' && candidate.status !== 'rejected';
      })
      .map(function (candidate) {
        return { id: candidate.data.id, summary: candidate.data.summary };
      });
  }

  /** The draft's proposed actors, not rejected, whose name or alias holds `words` (ignoring case). */
  function draftActors(review, words) {
    var wanted = (words || '').trim().toLowerCase();
    return review.items
      .filter(function (candidate) {
        if (candidate.kind !== 'actor' || candidate.status === 'rejected') return false;
        var names = [candidate.data.name].concat(candidate.data.aliases || []);
        return names.some(function (name) {
          return name.toLowerCase().indexOf(wanted) >= 0;
        });
      })
      .map(function (candidate) {
        return { id: candidate.data.id, name: candidate.data.name };
      });
  }

  return {
    fromDraft: fromDraft,
    item: item,
    undecided: undecided,
    buildDocument: buildDocument,
    itemPath: itemPath,
    describeProblem: describeProblem,
    placeProblems: placeProblems,
    nextStatementId: nextStatementId,
    trimSpan: trimSpan,
    addStatement: addStatement,
    draftDemands: draftDemands,
    draftActors: draftActors,
  };
});
