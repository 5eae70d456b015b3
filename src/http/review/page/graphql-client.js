// The page's one way to the API: POST /graphql with the editor key as
// `Authorization: Bearer <key>`, the header the server reads (viewer.ts). The
// key lives in sessionStorage: it survives a reload of the tab, never the
// browser's closing, and no other site can read it.
(function (root) {
  'use strict';

  var KEY_ITEM = 'peacegraph.review.editorKey';
  // graphql-armor's alias limit (MAX_ALIASES, 15 by default) caps how many ids one request looks up.
  var IDS_PER_REQUEST = 10;

  function key() {
    try {
      return root.sessionStorage.getItem(KEY_ITEM) || '';
    } catch {
      return '';
    }
  }

  function setKey(value) {
    try {
      if (value) root.sessionStorage.setItem(KEY_ITEM, value);
      else root.sessionStorage.removeItem(KEY_ITEM);
    } catch {
      // Storage refused (private mode): the key is then asked for again after a reload.
    }
  }

  /** { data, errors } as the server answered, or one error with code NETWORK when it could not be reached. */
  function request(query, variables) {
    var headers = { 'content-type': 'application/json' };
    if (key()) headers.authorization = 'Bearer ' + key();
    return root
      .fetch('../graphql', {
        method: 'POST',
        headers: headers,
        body: JSON.stringify({ query: query, variables: variables || {} }),
      })
      .then(function (response) {
        return response.json().catch(function () {
          return { errors: [{ message: 'The server answered ' + response.status, extensions: { code: 'HTTP' } }] };
        });
      })
      .catch(function (error) {
        return {
          errors: [{ message: 'The server could not be reached: ' + error.message, extensions: { code: 'NETWORK' } }],
        };
      });
  }

  /** The first error as "message (CODE)". */
  function describeError(body) {
    var error = body.errors && body.errors[0];
    if (!error) return '';
    var code = error.extensions && error.extensions.code;
    return error.message + (code ? ' (' + code + ')' : '');
  }

  var NODE_FIELDS = '{ id ... on Actor { name } ... on Demand { summary owner { id name } } }';

  /** What each id names (an actor's name, a demand's summary), looked up a few ids per request. */
  function lookUp(ids) {
    var chunks = [];
    for (var i = 0; i < ids.length; i += IDS_PER_REQUEST) chunks.push(ids.slice(i, i + IDS_PER_REQUEST));
    return Promise.all(
      chunks.map(function (chunk) {
        // The document names variables only; the ids travel as values.
        var declarations = chunk.map(function (_id, n) {
          return '$i' + n + ': ID!';
        });
        var fields = chunk.map(function (_id, n) {
          return 'i' + n + ': node(id: $i' + n + ') ' + NODE_FIELDS;
        });
        var variables = {};
        chunk.forEach(function (id, n) {
          variables['i' + n] = id;
        });
        return request('query (' + declarations.join(', ') + ') { ' + fields.join(' ') + ' }', variables).then(
          function (body) {
            return Object.values(body.data || {}).filter(Boolean);
          },
        );
      }),
    ).then(function (lists) {
      return [].concat.apply([], lists);
    });
  }

  root.Graphql = { key: key, setKey: setKey, request: request, describeError: describeError, lookUp: lookUp };
})(window);
