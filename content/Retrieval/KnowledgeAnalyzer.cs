using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace PuenteBot.Content.Retrieval;

/// <summary>
/// How the clinic's texts and a family's question become search terms in one language: words, lower case, accents
/// folded (so "telefono" finds "teléfono"), the language's stop words left out (Snowball's lists), and a stemmer:
/// Porter in English ("rides" is "ride"), Snowball in Spanish, which also takes off verb and "-ación" endings ("lleve"
/// and "llevar", "transportación" and "transporte" meet) where the light Spanish stemmer only takes off plural and
/// gender. The same chain reads the index and the question, so both meet on the same terms.
/// </summary>
internal sealed partial class KnowledgeAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Snowball's English list (about 170 words: "what", "we", "have", "my"…), not the 33 of <see cref="EnglishAnalyzer.DefaultStopSet"/>: family questions are mostly such words.</summary>
    private static readonly Lazy<CharArraySet> EnglishSnowballStopSet = new(() =>
    {
        const string Resource = "Lucene.Net.Analysis.Common.Analysis.Snowball.english_stop.txt";
        using var stream = typeof(SnowballFilter).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is missing from Lucene.Net.Analysis.Common.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return WordlistLoader.GetSnowballWordSet(reader, Version);
    });

    private readonly bool spanish;
    private readonly CharArraySet stopWords;

    public KnowledgeAnalyzer(string language)
    {
        spanish = language == Handouts.HandoutLanguages.Spanish;
        stopWords = Folded(spanish ? SpanishAnalyzer.DefaultStopSet : EnglishSnowballStopSet.Value);
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (!spanish)
        {
            stream = new EnglishPossessiveFilter(Version, stream);
        }

        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, stopWords);
        stream = spanish
            ? new SnowballFilter(new PatternReplaceFilter(stream, UnaccentedCion(), "ción", all: false), new SpanishStemmer())
            : new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>
    /// A Spanish word ending in "cion" is always written "ción": the accent the folding took off (or the family never
    /// typed) put back, so the stemmer takes off the ending ("transportacion" meets "transporte").
    /// </summary>
    [GeneratedRegex("cion$", RegexOptions.CultureInvariant)]
    private static partial Regex UnaccentedCion();

    /// <summary>The stop words as the folded tokens will spell them ("está" is also "esta").</summary>
    private static CharArraySet Folded(CharArraySet words)
    {
        var folded = new CharArraySet(Version, words.Count * 2, ignoreCase: true);
        foreach (var word in words)
        {
            folded.Add(word);
            var output = new char[word.Length * 4];
            var length = ASCIIFoldingFilter.FoldToASCII(word.ToCharArray(), 0, output, 0, word.Length);
            folded.Add(new string(output, 0, length));
        }

        return folded.AsReadOnly();
    }
}
