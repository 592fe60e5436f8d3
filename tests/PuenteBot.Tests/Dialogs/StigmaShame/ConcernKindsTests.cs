using PuenteBot.Content.Handouts;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.StigmaShame;

namespace PuenteBot.Tests.Dialogs.StigmaShame;

public class ConcernKindsTests
{
    [Theory]
    [InlineData("my family thinks therapy is for crazy people", ConcernKinds.FamilyOpinion)]
    [InlineData("what will people say at church if they find out", ConcernKinds.FamilyOpinion)]
    [InlineData("me da vergüenza que piensen que mi hijo está loco", ConcernKinds.FamilyOpinion)]
    [InlineData("no quiero que mi suegra se entere", ConcernKinds.FamilyOpinion)]
    [InlineData("el que dirán", ConcernKinds.FamilyOpinion)]
    [InlineData("I feel like it's my fault", ConcernKinds.Fault)]
    [InlineData("siento que fallé como mamá", ConcernKinds.Fault)]
    [InlineData("me da vergüenza", ConcernKinds.Fault)]
    [InlineData("my child is not crazy", ConcernKinds.Label)]
    [InlineData("no quiero que lo tachen de enfermo mental", ConcernKinds.Label)]
    [InlineData("we handle it at home", ConcernKinds.Faith)]
    [InlineData("en mi casa eso se arregla con oracion", ConcernKinds.Faith)]
    [InlineData("nosotros confiamos en Dios", ConcernKinds.Faith)]
    [InlineData("I don't want him on meds", ConcernKinds.Medication)]
    [InlineData("tengo miedo de que lo droguen con pastillas", ConcernKinds.Medication)]
    public void Names_the_worry_in_the_caregivers_words(string words, string kind) =>
        Assert.Equal(kind, ConcernKinds.Recognize(words));

    [Theory]
    [InlineData("the weather is nice today")]
    [InlineData("no sé")]
    [InlineData("ahora no puedo")]
    public void Text_without_a_worry_names_none(string words) =>
        Assert.Null(ConcernKinds.Recognize(words));

    [Fact]
    public void Shame_is_feeling_at_fault_and_stigma_is_what_others_think()
    {
        Assert.Equal(ConcernKinds.Fault, ConcernKinds.FromBarriers([PuenteBot.Dialogs.Recognizers.Barriers.Stigma, PuenteBot.Dialogs.Recognizers.Barriers.Shame]));
        Assert.Equal(ConcernKinds.FamilyOpinion, ConcernKinds.FromBarriers([PuenteBot.Dialogs.Recognizers.Barriers.Stigma]));
        Assert.Null(ConcernKinds.FromBarriers([PuenteBot.Dialogs.Recognizers.Barriers.Transport]));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Every_kind_has_a_shipped_handout_for_stigma_or_shame(string language)
    {
        foreach (var kind in ConcernKinds.All)
        {
            var handout = HandoutLibrary.Embedded.Find(language, ConcernKinds.HandoutFor(kind));
            Assert.NotNull(handout);
            Assert.True(handout.Serves.Contains(PuenteBot.Dialogs.Recognizers.Barriers.Stigma) || handout.Serves.Contains(PuenteBot.Dialogs.Recognizers.Barriers.Shame), $"{kind}: {handout.Slug}");
        }
    }
}
