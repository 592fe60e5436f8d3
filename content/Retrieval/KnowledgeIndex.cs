using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PuenteBot.Content.Answers;
using PuenteBot.Content.Handouts;

namespace PuenteBot.Content.Retrieval;

/// <summary>
/// A full-text index (Lucene.Net, in memory) over the clinic's own content — handout sections and authored answers —
/// so an answer to a free-text question can be grounded in passages the clinic wrote. Built once; any number of
/// threads may search it at the same time.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private const string OrdinalField = "doc";

    private readonly IReadOnlyList<KnowledgeDocument> documents;
    private readonly Dictionary<string, KnowledgeAnalyzer> analyzers;
    private readonly RAMDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    private KnowledgeIndex(IReadOnlyList<KnowledgeDocument> documents, Dictionary<string, KnowledgeAnalyzer> analyzers, RAMDirectory directory)
    {
        this.documents = documents;
        this.analyzers = analyzers;
        this.directory = directory;
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new KnowledgeSimilarity() };
    }

    /// <summary>Indexes <paramref name="documents"/>, each under its own language's analyzer.</summary>
    public static KnowledgeIndex Build(IEnumerable<KnowledgeDocument> documents)
    {
        var all = documents.ToList();
        var analyzers = all.Select(d => d.Language).Distinct(StringComparer.Ordinal)
            .ToDictionary(language => language, language => new KnowledgeAnalyzer(language), StringComparer.Ordinal);
        var perField = analyzers
            .SelectMany(a => KnowledgeFields.All(a.Key).Select(field => KeyValuePair.Create(field, (Analyzer)a.Value)))
            .ToDictionary();

        var directory = new RAMDirectory();
        using (var fields = new PerFieldAnalyzerWrapper(new KnowledgeAnalyzer(HandoutLanguages.English), perField))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(KnowledgeAnalyzer.Version, fields) { Similarity = new KnowledgeSimilarity() }))
        {
            for (var i = 0; i < all.Count; i++)
            {
                var document = all[i];
                writer.AddDocument(
                [
                    new StoredField(OrdinalField, i),
                    new TextField(KnowledgeFields.Title(document.Language), document.Title, Field.Store.NO),
                    new TextField(KnowledgeFields.Text(document.Language), document.Text, Field.Store.NO),
                    new TextField(KnowledgeFields.Questions(document.Language), string.Join("\n", document.Questions), Field.Store.NO),
                ]);
            }

            writer.Commit();
        }

        return new KnowledgeIndex(all, analyzers, directory);
    }

    /// <summary>
    /// The clinic's content as documents: every handout in every language split into passages (the text before the
    /// first <c>## </c> heading, with the summary, then one per section, titled "handout title: heading"), and each
    /// answer one passage with <paramref name="answers"/>' text as given (the clinic's facts already filled in), titled
    /// and linked by the handout it cites, and found by its example questions as well as its text.
    /// </summary>
    public static IEnumerable<KnowledgeDocument> Documents(HandoutLibrary handouts, IEnumerable<(Answer Answer, string Text)> answers)
    {
        foreach (var handout in HandoutLanguages.All.SelectMany(handouts.All))
        {
            foreach (var passage in HandoutPassages.Of(handout))
            {
                yield return passage;
            }
        }

        foreach (var (answer, text) in answers)
        {
            var cited = handouts.Find(answer.Language, answer.Handout);
            yield return new KnowledgeDocument(
                KnowledgeDocument.AnswerSource, answer.Id, answer.Language, cited?.Title ?? answer.Id, text, answer.Handout, cited?.UrlPath)
            {
                Questions = answer.Questions,
            };
        }
    }

    /// <summary>
    /// The best passages in <paramref name="language"/> ("en" or "es") for a free-text question, best first, at most
    /// <paramref name="max"/>; empty when nothing matches. Any text is safe here: it is read as words, never as query
    /// syntax.
    /// </summary>
    public IReadOnlyList<Passage> Search(string? query, string language, int max = 3)
    {
        if (string.IsNullOrWhiteSpace(query) || max <= 0 || language is null || !analyzers.TryGetValue(language, out var analyzer))
        {
            return [];
        }

        var built = KnowledgeQuery.For(query, language, analyzer);
        if (built is null)
        {
            return [];
        }

        return [.. searcher.Search(built, Math.Min(max, documents.Count)).ScoreDocs
            .Select(hit => new Passage(documents[searcher.Doc(hit.Doc).GetField(OrdinalField).GetInt32Value()!.Value], hit.Score))];
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        foreach (var analyzer in analyzers.Values)
        {
            analyzer.Dispose();
        }
    }
}
