// The forms of the /review page's items: a statement's speaker, type, date,
// paraphrase and stances, a demand's summary, kind, topic, owner and
// addressees, a new actor's name and kind. Ids are only ever picked
// (pickers.js), closed lists come from the domain model's vocabularies. The
// page passes its state in `context`: { review, vocabularies, names, describe(id) }.
(function (root) {
  'use strict';

  var P = root.Pickers;
  var el = P.el;

  /** The form fields of an item being edited; `d` is the copy of its data the fields change. */
  function fields(context, item, id, d) {
    var v = context.vocabularies;
    var inputs;
    if (item.kind === 'statement') {
      inputs = [
        actorPicker(context, id + '-speaker', 'Speaker', d.speaker, false, function (value) {
          d.speaker = value;
        }),
        actorPicker(context, id + '-for', 'On behalf of', d.onBehalfOf, true, function (value) {
          d.onBehalfOf = value;
        }),
        P.choice(id + '-type', 'PLOVER type', v.ploverTypes, d.plover.type, function (value) {
          d.plover.type = value;
          // The CAMEO code goes with the type: the lexicon's code for it, which the reviewer may still change.
          if (v.cameoByType[value])
            document.getElementById(id + '-cameo').value = d.plover.cameo = v.cameoByType[value];
        }),
        P.textField(id + '-cameo', 'CAMEO code', d.plover.cameo, function (value) {
          d.plover.cameo = value;
        }),
        dateFields(context, id + '-date', 'Date of the statement', d.date, item.suggestions.date),
        P.textField(
          id + '-paraphrase',
          'Paraphrase',
          d.paraphrase,
          function (value) {
            d.paraphrase = value;
          },
          true,
        ),
        stanceEditor(context, id, d),
      ];
    } else if (item.kind === 'demand') {
      inputs = [
        P.textField(
          id + '-summary',
          'Summary',
          d.summary,
          function (value) {
            d.summary = value;
          },
          true,
        ),
        P.choice(id + '-kind', 'Kind', v.demandKinds, d.kind, function (value) {
          d.kind = value;
        }),
        P.choice(id + '-topic', 'Topic', v.demandTopics, d.topic, function (value) {
          d.topic = value;
        }),
        actorPicker(context, id + '-owner', 'Owner', d.owner, false, function (value) {
          d.owner = value;
        }),
        addresseeEditor(context, id, d),
      ];
    } else {
      inputs = [
        P.textField(id + '-name', 'Name', d.name, function (value) {
          d.name = value;
        }),
        P.choice(id + '-kind', 'Kind', v.actorKinds, d.kind, function (value) {
          d.kind = value;
        }),
        P.textField(id + '-aliases', 'Aliases, comma separated', (d.aliases || []).join(', '), function (value) {
          d.aliases = value
            .split(',')
            .map((alias) => alias.trim())
            .filter(Boolean);
        }),
        P.textField(id + '-country', 'Country (ISO code, e.g. UA)', d.country, function (value) {
          d.country = value.trim() || null;
        }),
      ];
    }
    return inputs;
  }

  function actorPicker(context, id, label, value, allowNone, onPick) {
    return P.searchPicker({
      id: id,
      label: label,
      value: value,
      allowNone: allowNone,
      placeholder: 'Find an actor by name',
      describe: context.describe,
      search: function (words) {
        return P.searchActors(context.review, words);
      },
      onPick: function (picked, name) {
        if (picked && name) context.names[picked] = name.replace(/ \(new in this draft\)$/, '');
        onPick(picked);
      },
    });
  }

  function stanceEditor(context, id, d) {
    var rows = el('ul', { class: 'stances' });
    function draw() {
      rows.replaceChildren.apply(
        rows,
        d.demands.map(function (stance, index) {
          var remove = el('button', { type: 'button', class: 'reject', text: 'Remove this stance' });
          remove.addEventListener('click', function () {
            d.demands.splice(index, 1);
            draw();
          });
          return el('li', {}, [
            P.choice(id + '-stance-' + index, 'Stance', context.vocabularies.stances, stance.stance, function (value) {
              stance.stance = value;
            }),
            P.searchPicker({
              id: id + '-demand-' + index,
              label: 'Demand',
              value: stance.demand,
              placeholder: 'Find a demand by its words',
              describe: context.describe,
              search: function (words) {
                return P.searchDemands(context.review, words);
              },
              onPick: function (picked, summary) {
                if (summary) context.names[picked] = summary.replace(/ \(new in this draft\)$/, '');
                stance.demand = picked;
              },
            }),
            remove,
          ]);
        }),
      );
    }
    draw();
    var add = el('button', { type: 'button', text: 'Add a stance' });
    add.addEventListener('click', function () {
      var own = root.ReviewState.draftDemands(context.review)[0];
      d.demands.push({ demand: own ? own.id : '', stance: context.vocabularies.stances[0] });
      draw();
    });
    return el('fieldset', { class: 'stance-editor' }, [el('legend', { text: 'Stances on demands' }), rows, add]);
  }

  function addresseeEditor(context, id, d) {
    var rows = el('ul', { class: 'addressees' });
    function draw() {
      rows.replaceChildren.apply(
        rows,
        (d.addressedTo || []).map(function (actor, index) {
          var remove = el('button', { type: 'button', class: 'reject', text: 'Remove ' + context.describe(actor) });
          remove.addEventListener('click', function () {
            d.addressedTo.splice(index, 1);
            draw();
          });
          return el('li', {}, [el('span', { text: context.describe(actor) + ' ' }), remove]);
        }),
      );
    }
    draw();
    return el('fieldset', {}, [
      el('legend', { text: 'Addressed to' }),
      rows,
      actorPicker(context, id + '-addressee', 'Add an addressee', null, false, function (picked) {
        d.addressedTo = (d.addressedTo || []).concat([picked]);
        draw();
      }),
    ]);
  }

  function dateFields(context, id, label, date, suggestion) {
    return el('fieldset', { class: 'date' }, [
      el('legend', {
        text:
          label +
          (suggestion
            ? ' (confidence ' + suggestion.confidence.toFixed(2) + ': ' + suggestion.cues.join('; ') + ')'
            : ''),
      }),
      P.textField(id + '-value', 'Date (YYYY, YYYY-MM or YYYY-MM-DD)', date.value, function (v) {
        date.value = v;
      }),
      P.choice(id + '-precision', 'Precision', context.vocabularies.datePrecisions, date.precision, function (v) {
        date.precision = v;
      }),
      P.textField(id + '-cue', 'Cue (the words it rests on)', date.cue, function (v) {
        date.cue = v;
      }),
    ]);
  }

  root.ItemEditors = { fields: fields, dateFields: dateFields };
})(window);
