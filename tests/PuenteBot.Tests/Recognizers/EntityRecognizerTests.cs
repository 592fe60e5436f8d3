using PuenteBot.Dialogs.Recognizers.Entities;
using PuenteBot.Dialogs.Recognizers.Learned;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Recognizers;

/// <summary>What the listening dialogs need from a message: insurance, who disagrees, clashes, children, times, contact.</summary>
public sealed class EntityRecognizerTests
{
    private static readonly DateTime Reference = new(2026, 12, 2, 9, 0, 0);
    private readonly EntityRecognizer recognizer = new();

    private FamilyEntities Read(string text, string language = "en") => recognizer.Recognize(text, language, Reference);

    [Theory]
    [InlineData("we have medicaid", "en", "medicaid")]
    [InlineData("no tenemos aseguranza ahorita", "es", "none")]
    [InlineData("no se si todavia tenemos el medicaid", "es", "unsure")]
    [InlineData("insurance is through my job, blue cross", "en", "private")]
    [InlineData("she has CHIP", "en", "chip")]
    public void Reads_insurance(string text, string language, string expected) => Assert.Equal(expected, Read(text, language).Insurance);

    [Theory]
    [InlineData("my husband says therapy is for crazy people", "partner")]
    [InlineData("mi suegra dice que eso no sirve", "grandparent")]
    [InlineData("his dad doesnt want him going", "other_parent")]
    public void Reads_who_disagrees(string text, string expected) => Assert.Equal(expected, Read(text).Disagrees);

    [Fact]
    public void Reads_children_ages_and_childcare()
    {
        var e = Read("I have 3 kids 4 7 and 12 and nobody to watch the little ones");
        Assert.Equal(3, e.Children);
        Assert.Equal([4, 7, 12], e.Ages.Order());
        Assert.True(e.Childcare);
        var es = Read("tengo dos hijos, mi niña de 9 años y el bebe", "es");
        Assert.Equal(2, es.Children);
        Assert.Contains(9, es.Ages);
    }

    [Fact]
    public void An_age_is_not_a_time_ago()
    {
        Assert.Empty(Read("su abuelito fallecio hace 8 años", "es").Ages);
        Assert.Empty(Read("we moved here 3 years ago").Ages);
    }

    [Theory]
    [InlineData("the appointment is at 3 and I dont get off work until 5", "work")]
    [InlineData("la cita choca con la escuela, ya lleva muchas faltas", "school")]
    public void Reads_what_the_visit_clashes_with(string text, string expected) => Assert.Equal(expected, Read(text).Conflict);

    [Fact]
    public void Work_in_a_story_is_not_a_clash() => Assert.Null(Read("my sister works at the hospital").Conflict);

    [Theory]
    [InlineData("el jueves despues de las 4 si puedo", "es")]
    [InlineData("how about next tuesday at 10", "en")]
    public void Reads_a_visit_time_as_written(string text, string language) => Assert.NotNull(Read(text, language).When);

    [Theory]
    [InlineData("ayer se fue a la escuela", "es")]
    [InlineData("right now she is in her room", "en")]
    public void Now_and_the_past_are_not_visit_times(string text, string language) => Assert.Null(Read(text, language).When);

    [Theory]
    [InlineData("me puede marcar la psicologa? mejor por telefono q por mensaje", "phone")]
    [InlineData("text me please, I cant talk at work", "text")]
    [InlineData("can we do it by video call", "video")]
    public void Reads_how_to_reach_the_family(string text, string expected) => Assert.Equal(expected, Read(text).Contact);

    [Theory]
    [InlineData("necesito alguien que hable español", "es")]
    [InlineData("english please, my husband reads these", "en")]
    public void Reads_the_language_to_reach_them_in(string text, string expected) => Assert.Equal(expected, Read(text).ContactLanguage);

    [Theory]
    [InlineData("he refuses to go to therapy", "refuses")]
    [InlineData("le da miedo el doctor", "afraid")]
    [InlineData("dice que la terapia es aburrida", "bored")]
    public void Reads_how_the_child_feels_about_care(string text, string expected) => Assert.Equal(expected, Read(text).ChildFeeling);

    [Fact]
    public void Writers_who_labelled_no_entities_are_not_measured()
    {
        CorpusRecord Record(string id, string writer, string entities) => new()
        {
            Id = id, Text = "can you text me in spanish", Language = "en", Intent = "other", Risk = "none", Writer = writer,
            Entities = System.Text.Json.Nodes.JsonNode.Parse(entities)!.AsObject(),
        };

        var records = new[]
        {
            Record("w-1", "w", """{"contact_language": "es"}"""),
            Record("w-2", "w", "{}"),
            Record("b-1", "b", "{}"),
            Record("b-2", "b", "{}"),
        };

        Assert.Equal(["w-1", "w-2"], EntityMetrics.OfLabellingWriters(records).Select(r => r.Id));
        var row = EntityMetrics.Measure(records, recognizer).Single(r => r.Entity == "contact_language");
        Assert.Equal((1, 1), (row.TruePositives, row.FalsePositives));
    }

    /// <summary>The floors the patterns hold over the corpus (docs/recognizers.md gives the table); a change that loses entities fails here.</summary>
    [Fact]
    public void Holds_its_figures_on_the_corpus()
    {
        var rows = EntityMetrics.Measure(Corpus.LoadFolder(RepositoryPaths.Corpus), recognizer).ToDictionary(r => r.Entity);
        foreach (var row in rows.Values)
        {
            TestContext.Current.TestOutputHelper!.WriteLine(row.TableRow());
        }

        Assert.True(rows["insurance"].F1 >= 0.70, rows["insurance"].TableRow());
        Assert.True(rows["ages"].F1 >= 0.60, rows["ages"].TableRow());
        Assert.True(rows["contact"].F1 >= 0.65, rows["contact"].TableRow());
        Assert.True(rows["contact_language"].F1 >= 0.60, rows["contact_language"].TableRow());
        Assert.True(rows["when"].F1 >= 0.50, rows["when"].TableRow());
        Assert.All(rows.Values, r => Assert.True(r.F1 >= 0.35, r.TableRow()));
    }
}
