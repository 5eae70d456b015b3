const fs=require('fs'),YAML=require('yaml');
for (const f of fs.readdirSync('seed/annotations')) {
  const d=YAML.parse(fs.readFileSync('seed/annotations/'+f,'utf8'));
  console.log('=====',f, d.article?.published?.value, d.article?.published?.cue?.slice(0,100));
  for (const s of d.statements||[]) {
    console.log(s.id, s.speaker, s.onBehalfOf||'', s.plover.type, s.plover.cameo, s.date.value, s.quote? JSON.stringify(s.quote.text.slice(0,70))+' '+s.quote.start+'-'+s.quote.end : '', s.evidence? 'ev '+s.evidence.start+'-'+s.evidence.end:'', (s.demands||[]).map(x=>x.stance+':'+x.demand).join(' '));
  }
  for (const dm of d.demands||[]) console.log('  D', dm.id, dm.kind, dm.owner, (dm.addressedTo||[]).join(','), '|', dm.summary.slice(0,90));
}
