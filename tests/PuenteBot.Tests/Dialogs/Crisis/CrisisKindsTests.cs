using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Dialogs.Crisis;

/// <summary>
/// The same danger gets the same level and the same help in English and Spanish: each pair goes through the risk
/// check and the choice of help as the turn does.
/// </summary>
public class CrisisKindsTests
{
    public static TheoryData<string, string, string> Pairs => new()
    {
        { CrisisKinds.Suicide, "my daughter says she wants to kill herself", "mi hija dice que se quiere matar" },
        { CrisisKinds.SelfHarm, "my son is cutting himself", "mi hijo se está cortando los brazos" },
        { CrisisKinds.Overdose, "my son took a bottle of pills and he is not waking up", "mi hijo se tomó un frasco de pastillas y no despierta" },
        { CrisisKinds.Overdose, "she is not breathing", "no respira" },
        { CrisisKinds.Overdose, "he drank bleach", "se tomó cloro" },
        { CrisisKinds.Medical, "my daughter is having a seizure", "mi hija está convulsionando" },
        { CrisisKinds.EatingDisorder, "she hasnt eaten in 4 days and fainted", "no ha comido en cuatro días y se desmayó" },
        { CrisisKinds.DomesticViolence, "my husband hit me in front of the kids", "mi pareja me pegó delante de los niños" },
        { CrisisKinds.DomesticViolence, "my boyfriend beats me", "mi esposo me golpea" },
        { CrisisKinds.Abuse, "my uncle touched my daughter", "mi tío tocó a mi hija" },
        { CrisisKinds.HarmToOthers, "my son says he is going to stab his brother", "mi hijo dice que va a apuñalar a su hermano" },
        { CrisisKinds.HarmToOthers, "he has a knife", "tiene un cuchillo" },
        { CrisisKinds.Missing, "my daughter is missing and she needs her insulin", "mi hija está desaparecida y necesita su insulina" },
        { CrisisKinds.Missing, "my son ran away last night", "mi hijo se fue de la casa anoche" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_same_danger_gets_the_same_level_and_help_in_both_languages(string kind, string english, string spanish)
    {
        var recognizer = new RiskRecognizer();
        var (en, es) = (recognizer.Assess(english), recognizer.Assess(spanish));

        Assert.NotEqual(RiskLevel.None, en.Level);
        Assert.Equal(CrisisKinds.Level(kind, en.Level), CrisisKinds.Level(kind, es.Level));
        Assert.Equal(kind, CrisisKinds.Of(en, english));
        Assert.Equal(kind, CrisisKinds.Of(es, spanish));
    }

    [Theory]
    [InlineData("ok 911 is here")]
    [InlineData("help is here")]
    [InlineData("the ambulance is on the way")]
    [InlineData("the police came")]
    [InlineData("we are at the hospital")]
    [InlineData("ya llegó la ambulancia")]
    [InlineData("ya llegaron los paramédicos")]
    [InlineData("la policía ya viene")]
    [InlineData("estamos en el hospital")]
    public void Help_arriving_is_recognized(string text) => Assert.True(CrisisWords.Matches(CrisisWords.HelpArrived, text), text);

    [Theory]
    [InlineData("she needs help")]
    [InlineData("nobody is here")]
    [InlineData("necesito ayuda")]
    [InlineData("llame al 911")]
    public void Asking_for_help_is_not_help_arriving(string text) => Assert.False(CrisisWords.Matches(CrisisWords.HelpArrived, text), text);

    [Theory]
    [InlineData("my daughter is missing school a lot")]
    [InlineData("he keeps missing his visits")]
    [InlineData("my husband helps me with the kids")]
    [InlineData("mi esposo me ayuda con los niños")]
    public void Everyday_words_pick_no_special_help(string text)
    {
        Assert.False(CrisisWords.Matches(CrisisWords.Missing, text), text);
        Assert.False(CrisisWords.Matches(CrisisWords.DomesticViolence, text), text);
    }

    [Theory]
    [InlineData("tiene unas pastillas en la mano", true)]
    [InlineData("he is holding a knife", true)]
    [InlineData("she has a rope in her room", true)]
    [InlineData("I put away the pills", false)]
    [InlineData("ya guardé las navajas", false)]
    public void Inside_an_episode_someone_holding_the_means_is_new_danger(string text, bool means) =>
        Assert.Equal(means, CrisisWords.Matches(CrisisWords.Means, text));

    [Fact]
    public void A_partner_abusing_a_child_sexually_is_child_abuse_first()
    {
        const string text = "my boyfriend touched my daughter and hits me";
        Assert.Equal(CrisisKinds.Abuse, CrisisKinds.Of(new RiskAssessment(RiskLevel.Urgent, RiskCategories.Abuse, []), text));
    }
}
