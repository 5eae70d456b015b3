// apply --server: the files on disk applied to a running server. Only the
// files whose normal form differs from the server's are sent (a request has a
// size limit, and most files are unchanged); the others are named, with the
// edition they were compared with, so the server takes its own copy of them.
import type { ApplyInput, ApplyResult } from './annotation-sync.service';
import { filesFromItems, itemsFromFiles } from './annotation-items';
import type { CorpusFiles } from './annotation-items';
import { postGraphql } from './server-client';

const CORPUS_QUERY = '{ annotationCorpus { edition files { name content } articles { file text } } }';
const REFS = '{ kind id }';
const APPLY_MUTATION = `mutation ($files: [AnnotationFileInput!]!, $articles: [ArticleTextInput!]!, $unchanged: [String!], $edition: Int) {
  applyAnnotations(files: $files, articles: $articles, unchanged: $unchanged, edition: $edition) {
    edition created ${REFS} updated ${REFS} retracted ${REFS} serverAhead ${REFS}
  }
}`;

/** Sends only the files whose normal form differs from the server's, naming the others as unchanged. */
export async function applyToServer(server: string, key: string, disk: CorpusFiles): Promise<ApplyResult> {
  const { annotationCorpus } = await postGraphql<{
    annotationCorpus: { edition: number; files: CorpusFiles['files']; articles: { file: string; text: string }[] };
  }>(server, key, CORPUS_QUERY);
  const theirs = new Map(annotationCorpus.files.map((file) => [file.name, file.content]));
  const theirTexts = new Map(annotationCorpus.articles.map((article) => [article.file, article.text]));
  const input: Required<ApplyInput> = { files: [], articles: [], unchanged: [], edition: annotationCorpus.edition };
  for (const file of disk.files) {
    const normal = normalFormOf(file, disk.articleTexts);
    const text = normal?.articleFile ? disk.articleTexts.get(normal.articleFile) : undefined;
    const sameText = !normal?.articleFile || theirTexts.get(normal.articleFile) === text;
    if (normal && theirs.get(file.name) === normal.content && sameText) input.unchanged.push(file.name);
    else input.files.push(file);
  }
  // The texts of the files sent, and any text the server lacks or has otherwise.
  for (const [file, text] of disk.articleTexts) if (theirTexts.get(file) !== text) input.articles.push({ file, text });
  const { applyAnnotations } = await postGraphql<{ applyAnnotations: ApplyResult }>(server, key, APPLY_MUTATION, {
    ...input,
  });
  return applyAnnotations;
}

/** A file in normal form, or null when it does not even parse (the server will say why). */
function normalFormOf(file: CorpusFiles['files'][number], texts: Map<string, string>) {
  try {
    const items = itemsFromFiles({ files: [file], articleTexts: texts });
    const article = items.find((item) => item.kind === 'article');
    return {
      content: filesFromItems(items).files[0]?.content ?? '',
      articleFile: article ? String(article.body.file) : null,
    };
  } catch {
    return null;
  }
}
