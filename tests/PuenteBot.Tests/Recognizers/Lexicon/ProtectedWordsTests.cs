using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Recognizers.Lexicon;

/// <summary>
/// An idiom may lower words of overdose, self-harm, suicide or abuse to possible, never to none: "almost died of"
/// is a figure of speech, "an overdose" is not.
/// </summary>
public sealed class ProtectedWordsTests
{
    private readonly RiskRecognizer recognizer = new();

    [Theory]
    [InlineData("she almost died of an overdose last night", RiskCategories.Medical)]
    [InlineData("casi se murió de una sobredosis anoche", RiskCategories.Medical)]
    [InlineData("my son almost died from cutting himself", RiskCategories.SelfHarm)]
    [InlineData("mi hijo casi se murió de cortarse las venas", RiskCategories.SelfHarm)]
    [InlineData("she has been cutting at school", RiskCategories.SelfHarm)]
    [InlineData("se ha estado cortando en la escuela", RiskCategories.SelfHarm)]
    [InlineData("my cousin died from hanging himself two years ago", RiskCategories.Suicide)]
    [InlineData("mi tía murió de ahorcarse", RiskCategories.Suicide)]
    [InlineData("her baby brother died from abuse", RiskCategories.Abuse)]
    [InlineData("el niño murió de maltrato", RiskCategories.Abuse)]
    public void Reads_at_least_possible_with_the_kind(string text, string category)
    {
        var assessment = recognizer.Assess(text);
        Assert.True(assessment.Level >= RiskLevel.Possible, $"\"{text}\" reads {assessment.Level}");
        Assert.Equal(category, assessment.Category);
        Assert.NotEmpty(assessment.Evidence);
    }

    [Theory]
    [InlineData("he's cutting class again")]
    [InlineData("se corto el pelo ella sola")]
    [InlineData("se corto el dedo picando cebolla")]
    [InlineData("her grandpa passed away from cancer last year")]
    [InlineData("she almost died laughing at the video")]
    public void Leaves_the_idioms_alone_otherwise(string text) => Assert.Equal(RiskLevel.None, recognizer.Assess(text).Level);

    [Fact]
    public void A_denied_protected_word_stays_denied() =>
        Assert.Equal(RiskLevel.None, recognizer.Assess("he did not die of an overdose, it was his heart").Level);
}
