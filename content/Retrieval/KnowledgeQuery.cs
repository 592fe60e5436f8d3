using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PuenteBot.Content.Retrieval;

/// <summary>
/// A family's question as a Lucene query, built from the analyzer's terms (never parsed as query syntax, so
/// <c>AND (foo:"</c> is just words): each term may match the text, an answer's example questions or, worth a little
/// more, the title; a term of five letters or more also matches words one edit away ("apointment", "interpeter").
/// </summary>
internal static class KnowledgeQuery
{
    /// <summary>The first this many different terms count; a long message adds nothing past them.</summary>
    public const int MaxTerms = 32;

    public const int FuzzyFrom = 5;

    private const float TitleBoost = 1.5f;
    private const float FuzzyBoost = 0.5f;

    /// <summary>The query for <paramref name="text"/>, or null when it holds no term worth searching.</summary>
    public static Query? For(string text, string language, KnowledgeAnalyzer analyzer)
    {
        var terms = Terms(text, KnowledgeFields.Text(language), analyzer);
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(KnowledgeFields.Text(language), term)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(KnowledgeFields.Title(language), term)) { Boost = TitleBoost }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(KnowledgeFields.Questions(language), term)), Occur.SHOULD);
            if (term.Length >= FuzzyFrom)
            {
                query.Add(new FuzzyQuery(new Term(KnowledgeFields.Text(language), term), maxEdits: 1) { Boost = FuzzyBoost }, Occur.SHOULD);
                query.Add(new FuzzyQuery(new Term(KnowledgeFields.Questions(language), term), maxEdits: 1) { Boost = FuzzyBoost }, Occur.SHOULD);
            }
        }

        return query;
    }

    private static List<string> Terms(string text, string field, KnowledgeAnalyzer analyzer)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (terms.Count < MaxTerms && stream.IncrementToken())
        {
            var value = term.ToString();
            if (!terms.Contains(value, StringComparer.Ordinal))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }
}
