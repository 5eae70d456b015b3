// Where each suggestion is in the article: spans of the text (UTF-16
// offsets, end exclusive, as in the annotation format) for statements,
// quotes, and the cue words of speakers, dates, demands and stances, and the
// text cut into segments at every span's ends so that the page can draw
// overlapping marks. No DOM here (test/unit/review-state.test.ts).
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.TextMarks = api;
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  /** Where `cue` is in text[from, to): as written, else ignoring case; null when it is not there (a rule, not words). */
  function findCue(text, cue, from, to) {
    if (typeof cue !== 'string' || cue.trim().length < 2) return null;
    var window = text.slice(from, to);
    var at = window.indexOf(cue);
    if (at < 0) at = window.toLowerCase().indexOf(cue.toLowerCase());
    return at < 0 ? null : { start: from + at, end: from + at + cue.length };
  }

  /** The first of the cues found in the window. */
  function firstCue(text, cues, from, to) {
    for (var i = 0; i < (cues || []).length; i++) {
      var found = findCue(text, cues[i], from, to);
      if (found) return found;
    }
    return null;
  }

  /** The part of the text a statement rests on: its evidence, else its quote (widened to the line it is on). */
  function statementWindow(text, data) {
    if (data.evidence) return { start: data.evidence.start, end: data.evidence.end };
    if (!data.quote) return null;
    var lineStart = text.lastIndexOf('\n', data.quote.start - 1) + 1;
    var lineEnd = text.indexOf('\n', data.quote.end);
    return { start: lineStart, end: lineEnd < 0 ? text.length : lineEnd };
  }

  function push(marks, span, kind, key) {
    if (span && span.end > span.start) marks.push({ start: span.start, end: span.end, kind: kind, key: key });
  }

  /**
   * Every mark of the review's items that are not rejected: kind is one of
   * statement, quote, speaker, date, demand, stance, actor; key the item's.
   * A demand is marked where the statement that sets it says so.
   */
  function marksFor(review, text) {
    var marks = [];
    var setters = {};
    review.items.forEach(function (item) {
      if (item.status === 'rejected') return;
      if (item.kind === 'statement') {
        var data = item.data;
        var window = statementWindow(text, data);
        if (data.evidence) push(marks, data.evidence, 'statement', item.key);
        if (data.quote) push(marks, data.quote, 'quote', item.key);
        if (!window) return;
        var s = item.suggestions;
        if (s.speaker) push(marks, firstCue(text, s.speaker.cues, window.start, window.end), 'speaker', item.key);
        var dateCues = (s.date ? s.date.cues : []).concat([data.date && data.date.cue]);
        push(marks, firstCue(text, dateCues, window.start, window.end), 'date', item.key);
        (data.demands || []).forEach(function (stance, index) {
          var suggestion = s['demands[' + index + ']'];
          if (!suggestion) return;
          var at = firstCue(text, suggestion.cues, window.start, window.end);
          var voices = stance.stance === 'SETS' || stance.stance === 'REPEATS';
          push(marks, at, voices ? 'demand' : 'stance', item.key);
          if (voices && at && !setters[stance.demand]) setters[stance.demand] = at;
        });
      }
    });
    review.items.forEach(function (item) {
      if (item.status === 'rejected') return;
      if (item.kind === 'demand') push(marks, setters[item.data.id], 'demand', item.key);
      if (item.kind === 'actor') {
        [item.data.name].concat(item.data.aliases || []).forEach(function (name) {
          push(marks, findCue(text, name, 0, text.length), 'actor', item.key);
        });
      }
    });
    var published = review.headerSuggestions.published;
    if (published) push(marks, firstCue(text, published.cues, 0, text.length), 'date', 'article');
    return marks;
  }

  /** The text cut at every mark's ends: each segment with the indexes of the marks that cover it. */
  function segments(text, marks) {
    var cuts = { 0: true };
    cuts[text.length] = true;
    marks.forEach(function (mark) {
      cuts[mark.start] = true;
      cuts[mark.end] = true;
    });
    var points = Object.keys(cuts)
      .map(Number)
      .sort(function (a, b) {
        return a - b;
      });
    var result = [];
    for (var i = 0; i + 1 < points.length; i++) {
      var start = points[i];
      var end = points[i + 1];
      var covering = [];
      marks.forEach(function (mark, index) {
        if (mark.start <= start && mark.end >= end) covering.push(index);
      });
      result.push({ start: start, end: end, marks: covering });
    }
    return result;
  }

  return { findCue: findCue, statementWindow: statementWindow, marksFor: marksFor, segments: segments };
});
