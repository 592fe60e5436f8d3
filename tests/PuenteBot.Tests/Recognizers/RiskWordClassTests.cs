using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Recognizers;

/// <summary>
/// The kinds of wording the probe set found missing, each said in words the probe set does not hold, and the
/// everyday wording next to them that must stay calm.
/// </summary>
public sealed class RiskWordClassTests
{
    private readonly RiskRecognizer recognizer = new();

    [Theory]
    [InlineData("she's been cutting her arms again", RiskCategories.SelfHarm)]
    [InlineData("found him burning his skin with a lighter", RiskCategories.SelfHarm)]
    [InlineData("se hace cortes en las piernas", RiskCategories.SelfHarm)]
    [InlineData("ella se autolesiona", RiskCategories.SelfHarm)]
    [InlineData("she said she was thinking about ending it all", RiskCategories.Suicide)]
    [InlineData("he says he'll off himself", RiskCategories.Suicide)]
    [InlineData("se quiere pegar un tiro", RiskCategories.Suicide)]
    [InlineData("he had a cord around his neck", RiskCategories.Suicide)]
    [InlineData("she's been googling how to kill herself", RiskCategories.Suicide)]
    [InlineData("my boyfriend choked my daughter", RiskCategories.HarmToOthers)]
    [InlineData("mi padrastro me pega con el cable", RiskCategories.Abuse)]
    [InlineData("su tio le hacia cosas cuando era chiquita", RiskCategories.Abuse)]
    [InlineData("she met an older man online and wants to meet him", RiskCategories.Abuse)]
    [InlineData("he said he'll shoot up his school", RiskCategories.HarmToOthers)]
    [InlineData("mi hijo dice q va a apuñalar a un compañero", RiskCategories.HarmToOthers)]
    [InlineData("my husband said he'd hurt me if i call", RiskCategories.HarmToOthers)]
    [InlineData("voices tell him to kill his family", RiskCategories.HarmToOthers)]
    [InlineData("se echo un bote de pastillas", RiskCategories.Medical)]
    [InlineData("no esta reaccionando", RiskCategories.Medical)]
    [InlineData("he OD'd on something at a party", RiskCategories.Medical)]
    [InlineData("she chugged a bottle of tequila", RiskCategories.Medical)]
    [InlineData("my toddler is turning purple", RiskCategories.Medical)]
    [InlineData("he shoved her down the stairs", RiskCategories.Abuse)]
    [InlineData("some guy online asked her for pics of herself", RiskCategories.Abuse)]
    [InlineData("my brother showed my son porn videos", RiskCategories.Abuse)]
    [InlineData("she's meeting some 30 year old guy", RiskCategories.Abuse)]
    [InlineData("he wants to set fire to the school", RiskCategories.HarmToOthers)]
    public void Finds_urgent_wording(string text, string category)
    {
        var assessment = recognizer.Assess(text);
        Assert.Equal((RiskLevel.Urgent, category), (assessment.Level, assessment.Category));
    }

    [Theory]
    [InlineData("dice que no merece vivir")]
    [InlineData("he told me life isnt worth it anymore")]
    [InlineData("dice que nadie lo va a extrañar")]
    [InlineData("me da miedo q cometa una locura")]
    [InlineData("he said he's never coming back and left")]
    [InlineData("dice q ya no va a volver nunca")]
    [InlineData("he wears long sleeves even in this heat")]
    [InlineData("he makes himself throw up after every meal")]
    [InlineData("she hasn't eaten in 4 days")]
    [InlineData("mi hija lleva 3 dias sin comer")]
    [InlineData("he flinches when his dad raises his hand")]
    [InlineData("la niña no quiere quedarse sola con el abuelo")]
    [InlineData("she keeps talking about running away")]
    [InlineData("kms fr")]
    [InlineData("he's been stockpiling his meds")]
    [InlineData("she keeps covering her wrists")]
    [InlineData("says he'll stop eating until he disappears")]
    [InlineData("mi hija se sale de noche sin permiso")]
    public void Asks_about_warning_signs(string text) => Assert.NotEqual(RiskLevel.None, recognizer.Assess(text).Level);

    [Theory]
    [InlineData("he's been cutting back on sugar")]
    [InlineData("she keeps cutting in line at school")]
    [InlineData("the cat scratched her arm")]
    [InlineData("she wants to end it with her boyfriend, drama lol")]
    [InlineData("he wants to hurt my feelings lol")]
    [InlineData("we're never coming back to that pharmacy, they were rude")]
    [InlineData("dice k ya no va a volver, k la psicologa le cae mal")]
    [InlineData("packed a bag for the sleepover")]
    [InlineData("the teacher hit the ball over the fence")]
    [InlineData("mi papa le pego al carro del vecino sin querer")]
    [InlineData("my mom kicked me out of the kitchen lol")]
    [InlineData("i found a jump rope in the closet")]
    [InlineData("el tiene una cuerda para saltar")]
    [InlineData("he's trying to kill the spider in the bathroom lol")]
    [InlineData("he took his meds this morning")]
    [InlineData("she took two tylenol for her headache")]
    [InlineData("se corto el dedo picando cebolla")]
    [InlineData("se corto la llamada otra vez")]
    [InlineData("ella dice q se siente gorda con ese vestido")]
    [InlineData("mi hijo siempre usa manga larga por el uniforme")]
    [InlineData("he made himself sick eating candy")]
    [InlineData("we'd like a wednesday appointment, she'll be out of school")]
    [InlineData("volvio a tener ataques de panico, no podia respirar")]
    [InlineData("the baby drank a whole bottle of milk")]
    [InlineData("she turned blue jeans into shorts")]
    [InlineData("el señor de la tienda nos pidio fotos del carnet")]
    [InlineData("dice que lo siento por todo el relajo de ayer")]
    [InlineData("she sees a 30 year old therapist lol")]
    [InlineData("he locked himself in his room to play games")]
    [InlineData("mi hija quiere ser doctora de emergencias")]
    public void Lets_everyday_wording_pass(string text) => Assert.Equal(RiskLevel.None, recognizer.Assess(text).Level);
}
