using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Recognizers;

/// <summary>The risk recognizer on the cases the issue names: negation, idioms, hyperbole, SMS spelling, missing accents.</summary>
public sealed class RiskRecognizerTests
{
    private readonly RiskRecognizer recognizer = new();

    [Theory]
    [InlineData("my daughter said she is going to kill herself", RiskLevel.Urgent, RiskCategories.Suicide)]
    [InlineData("mi hijo dice q se va a matar", RiskLevel.Urgent, RiskCategories.Suicide)]
    [InlineData("se tomo un monton de pastillas y no despierta", RiskLevel.Urgent, RiskCategories.Medical)]
    [InlineData("he keeps saying everyone would be better off without him", RiskLevel.Possible, RiskCategories.Suicide)]
    [InlineData("i think she might be cutting", RiskLevel.Possible, RiskCategories.SelfHarm)]
    [InlineData("mi pareja le pega a mi hijo con el cinturon", RiskLevel.Urgent, RiskCategories.Abuse)]
    [InlineData("dice que va a matar a su maestro", RiskLevel.Urgent, RiskCategories.HarmToOthers)]
    [InlineData("no se si se quiere hacer daño", RiskLevel.Possible, RiskCategories.SelfHarm)]
    public void Finds_danger(string text, RiskLevel level, string category)
    {
        var assessment = recognizer.Assess(text);
        Assert.Equal((level, category), (assessment.Level, assessment.Category));
        Assert.NotEmpty(assessment.Evidence);
    }

    [Theory]
    [InlineData("no se quiere hacer daño, solo esta triste")]
    [InlineData("me muero de risa con mi hija")]
    [InlineData("this traffic is killing me lol")]
    [InlineData("he doesnt want to hurt himself, he is just angry")]
    [InlineData("my phone is about to die, text u later")]
    [InlineData("el calor me esta matando")]
    [InlineData("can we move the appointment to friday")]
    [InlineData("")]
    public void Lets_figures_of_speech_and_denials_pass(string text) => Assert.Equal(RiskLevel.None, recognizer.Assess(text).Level);
}
