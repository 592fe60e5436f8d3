using Lucene.Net.Search.Similarities;

namespace PuenteBot.Content.Retrieval;

/// <summary>
/// BM25 for the titles and texts; for an answer's example questions BM25 without length normalisation, so an answer
/// with many examples is not ranked down for having them (one example matching is as good as another).
/// </summary>
internal sealed class KnowledgeSimilarity : PerFieldSimilarityWrapper
{
    private readonly Similarity passages = new BM25Similarity();
    private readonly Similarity questions = new BM25Similarity(k1: 1.2f, b: 0f);

    public override Similarity Get(string name) =>
        name.StartsWith(KnowledgeFields.Questions(string.Empty), StringComparison.Ordinal) ? questions : passages;
}
