using PuenteBot.Content.Answers;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Retrieval;

namespace PuenteBot.Tests.Content.Retrieval;

public class KnowledgeIndexTests
{
    /// <summary>The shipped handouts and answers, answers with their text as written (clinic facts left as <c>{0}</c>).</summary>
    private static readonly KnowledgeIndex Shipped = KnowledgeIndex.Build(
        KnowledgeIndex.Documents(HandoutLibrary.Embedded, AnswerSet.Embedded.All.Select(a => (a, a.Text))));

    [Theory]
    [InlineData("what if we dont have a ride", "en", "getting-to-visits")]
    [InlineData("how do video visits work?", "en", "using-video-visits")]
    [InlineData("can i get an interpreter for free", "en", "free-interpreter")]
    [InlineData("¿cuánto cuesta?", "es", "cost-and-insurance-questions")]
    [InlineData("y si no tengo quien me lleve a la cita", "es", "getting-to-visits")]
    [InlineData("necesito un intérprete", "es", "free-interpreter")]
    public void Finds_the_handout_a_question_is_about(string question, string language, string handout) =>
        Assert.Equal(handout, Shipped.Search(question, language).First().Document.Handout);

    [Theory]
    [InlineData("cual es el telefono de la clinica", "cuál es el teléfono de la clínica")]
    [InlineData("interprete", "intérprete")]
    [InlineData("TRANSPORTE", "transporte")]
    public void Accents_and_case_do_not_matter(string plain, string accented) =>
        Assert.Equal(Ids(Shipped.Search(accented, "es")), Ids(Shipped.Search(plain, "es")));

    [Theory]
    [InlineData("i missed my apointment", "en", "missed-visit")]
    [InlineData("do you have an interpeter", "en", "interpreter")]
    [InlineData("hay transportacion", "es", "no-ride")]
    [InlineData("aceptan medicad", "es", "cost-help")]
    public void A_typo_still_finds_the_answer(string typo, string language, string answer) =>
        Assert.Equal(answer, Shipped.Search(typo, language).First().Document.Id);

    [Fact]
    public void Searches_only_the_language_asked_for()
    {
        var spanish = Shipped.Search("Medicaid transporte rides video", "es", max: 10);
        Assert.Equal(10, spanish.Count);
        Assert.All(spanish, p => Assert.Equal("es", p.Document.Language));
        Assert.All(Shipped.Search("Medicaid transporte rides video", "en", max: 10), p => Assert.Equal("en", p.Document.Language));
        Assert.Empty(Shipped.Search("Medicaid", "fr"));
    }

    [Fact]
    public void Gives_at_most_max_passages_best_first()
    {
        var found = Shipped.Search("visit", "en", max: 5);
        Assert.Equal(5, found.Count);
        Assert.Equal(found.OrderByDescending(p => p.Score).Select(p => p.Score), found.Select(p => p.Score));
        Assert.Equal(3, Shipped.Search("visit", "en").Count);
        Assert.Empty(Shipped.Search("visit", "en", max: 0));
        Assert.Empty(Shipped.Search("visit", "en", max: -1));
    }

    [Fact]
    public void Words_that_say_nothing_find_nothing()
    {
        Assert.Empty(Shipped.Search("the and of to", "en"));
        Assert.Empty(Shipped.Search("el la de que", "es"));
    }

    public static TheoryData<string> Hostile() =>
    [
        "",
        "   \t\n",
        "AND (foo:\"",
        "title.en:* OR text.en:[a TO z] ~2 ^10 \\ / \"",
        "*?~^!&&||(){}[]",
        "🙂🚌🚗 😢",
        "\u0000\u0001\u001b[31m\u0007 ride\u0008\u007f",
        "\uD800 lone surrogate \uDC00",
        "\u202Eedir\u200B\uFEFF",
        string.Concat(Enumerable.Repeat("ride bus medicaid cita transporte ", 300)),
        new string('a', 10_240),
        string.Concat(Enumerable.Range(0, 2_000).Select(i => $"w{i} ")),
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Never_throws_on_any_input(string query)
    {
        foreach (var language in new[] { "en", "es", "", "xx" })
        {
            Assert.InRange(Shipped.Search(query, language).Count, 0, 3);
        }

        Assert.Empty(Shipped.Search(query, null!));
        Assert.Empty(Shipped.Search(null, "en"));
    }

    [Fact]
    public void Searches_from_many_threads_at_once()
    {
        (string Text, string Language)[] questions =
        [
            ("what if we dont have a ride", "en"), ("¿cuánto cuesta?", "es"), ("video visit", "en"),
            ("necesito un intérprete", "es"), ("apointment", "en"), ("AND (cita:\"", "es"),
        ];
        var expected = questions.Select(q => Ids(Shipped.Search(q.Text, q.Language))).ToArray();
        var results = new string[400];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var (text, language) = questions[i % questions.Length];
            results[i] = Ids(Shipped.Search(text, language));
        });

        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(expected[i % questions.Length], results[i]));
        Assert.All(expected, ids => Assert.NotEqual(string.Empty, ids));
    }

    [Fact]
    public void An_empty_index_finds_nothing()
    {
        using var empty = KnowledgeIndex.Build([]);
        Assert.Empty(empty.Search("ride", "en"));
    }

    private static string Ids(IReadOnlyList<Passage> passages) =>
        string.Join(" ", passages.Select(p => $"{p.Document.Source}:{p.Document.Id}:{p.Document.Title}"));
}
